package ru.ediary.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import java.util.Optional;
import ru.ediary.identity.application.AccountRegistry;

/**
 * A signed-in request goes on only while the sign-in still holds. On every request of the signed-in pages the
 * account is read: locked, or its password changed, reset or rotated since this session signed in (the session keeps
 * the login and a fingerprint of the password hash it signed in with), and the session and its sign-in token end. A
 * request that carries the sign-in token (LTPA) but no session of ours — after the session timed out, or with the
 * session cookie dropped to get past the first-sign-in password change — is sent to the sign-in page: the token alone
 * never opens a page. (It is not logged out there: the same token may belong to the account's own open session.)
 * This binding of session and account replaces Liberty's own (httpSession securityIntegrationEnabled, off in
 * server.xml), which answered a session outliving its token with an error page instead of the sign-in page.
 */
@WebFilter(urlPatterns = {"/parent/*", "/student/*", "/admin/*", "/region/*", "/journal/*", "/account/*"})
public class SignedInGuard extends HttpFilter {

    static final String SIGNED_IN_WITH = "ediary.signedInWith";

    @Inject
    AccountRegistry accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal caller = request.getUserPrincipal();
        if (caller != null) {
            HttpSession session = request.getSession(false);
            Object signedInWith = session == null ? null : session.getAttribute(SIGNED_IN_WITH);
            if (signedInWith == null) {
                response.sendRedirect(request.getContextPath() + "/login.xhtml?ended=true");
                return;
            }
            Optional<String> standing = accounts.standing(caller.getName());
            if (standing.isEmpty() || !signedInWith.equals(binding(caller.getName(), standing.get()))) {
                end(request, session);
                response.sendRedirect(request.getContextPath() + "/login.xhtml?ended=true");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static void end(HttpServletRequest request, HttpSession session) {
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyInvalid) {
            // another request of the same session ended it first
        }
        try {
            request.logout();
        } catch (ServletException alreadyOut) {
            // the sign-in token was ended by another session's request; the session is gone all the same
        }
    }

    /** Called at sign-in and after the session's own password change: what the session now holds to. */
    static void remember(HttpSession session, AccountRegistry accounts, String login) {
        accounts.standing(login).ifPresent(fingerprint -> session.setAttribute(SIGNED_IN_WITH,
                binding(login, fingerprint)));
    }

    /** The account the session belongs to and the password it signed in with. */
    private static String binding(String login, String fingerprint) {
        return login + "\n" + fingerprint;
    }
}
