package ru.ediary.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Predicate;
import ru.ediary.demo.application.DemoAccounts;
import ru.ediary.demo.application.DemoRegionStatus;
import ru.ediary.identity.application.AccountAdministration;
import ru.ediary.identity.application.AccountRegistry;

/** The sign-in form. */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    @Inject
    AccountAdministration accounts;

    @Inject
    AccountRegistry registry;

    @Inject
    DemoRegionStatus demo;

    private String login;
    private String password;

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    /**
     * True when the page is shown because a session ran out: a form posted into an expired view, or a browser
     * still presenting the cookie of a session the server has timed out. Signing out ends a session too, but
     * says so itself.
     */
    public boolean isSessionExpired() {
        ExternalContext external = faces.getExternalContext();
        if (external.getRequestParameterMap().containsKey("signedOut")
                || external.getRequestParameterMap().containsKey("ended")) {
            return false;
        }
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        boolean staleCookie = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
        return staleCookie || external.getRequestMap().get(RequestDispatcher.ERROR_EXCEPTION) != null;
    }

    /** The demo region is still loading (the first minute after the first start): the page says so. */
    public DemoRegionStatus getDemo() {
        return demo;
    }

    /**
     * Why a sign-in failed, as the page tells it. The demo accounts are made last, when the demo region has loaded;
     * someone trying one before that is told to wait a minute, not that the password is wrong (the README publishes
     * those logins, so saying they do not exist yet gives nothing away).
     */
    static String refusalKey(DemoRegionStatus.Stage stage, String login, Predicate<String> accountExists) {
        boolean early = stage == DemoRegionStatus.Stage.LOADING && DemoAccounts.LOGINS.contains(login)
                && !accountExists.test(login);
        return early ? "login.demoLoading" : "login.failed";
    }

    public void signIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        AuthenticationStatus status = securityContext.authenticate(request, response,
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(login == null ? "" : login.trim(),
                                new Password(password == null ? "" : password)))
                        .newAuthentication(true));
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> {
                // a new session id for the signed-in session (no fixation), holding what the sign-in holds to
                request.getSession(true);
                request.changeSessionId();
                SignedInGuard.remember(request.getSession(), registry, login.trim());
                boolean mustChange = accounts.mustChangePassword(login.trim());
                if (mustChange) {
                    external.getSessionMap().put(FirstPasswordGate.MUST_CHANGE, Boolean.TRUE);
                }
                external.redirect(external.getRequestContextPath()
                        + (mustChange ? FirstPasswordGate.PASSWORD_PAGE : Landing.pageFor(request)));
            }
            default -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.text(faces, refusalKey(demo.getStage(), login == null ? "" : login.trim(),
                            registry::exists)), null));
        }
    }
}
