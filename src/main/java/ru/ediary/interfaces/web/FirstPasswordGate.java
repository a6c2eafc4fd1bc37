package ru.ediary.interfaces.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * An account signed in with a password the school issued on paper must choose its own before anything else: every
 * cabinet and staff page sends it to the password page until then. The sign-in page marks the session.
 */
@WebFilter(urlPatterns = {"/parent/*", "/student/*", "/admin/*", "/region/*", "/journal/*"})
public class FirstPasswordGate extends HttpFilter {

    static final String MUST_CHANGE = "ediary.mustChangePassword";
    static final String PASSWORD_PAGE = "/account/password.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null && Boolean.TRUE.equals(session.getAttribute(MUST_CHANGE))) {
            response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
