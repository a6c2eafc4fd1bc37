package ru.ediary.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.security.Principal;
import java.util.Optional;
import ru.ediary.identity.application.AccountRegistry;

/** Who is signed in, for the page header; and signing out. */
@Named
@RequestScoped
public class SignedIn {

    @Inject
    SecurityContext securityContext;

    @Inject
    AccountRegistry accounts;

    @Inject
    FacesContext faces;

    private Optional<AccountRegistry.Holder> holder;

    public boolean isPresent() {
        return holder().isPresent();
    }

    public AccountRegistry.Holder getAccount() {
        return holder().orElse(null);
    }

    public String getLogin() {
        return getAccount().login();
    }

    /** The school of a staff account; pages under /admin are only reachable by accounts bound to one. */
    public long schoolId() {
        return getAccount().schoolId();
    }

    public String remoteAddress() {
        return ((HttpServletRequest) faces.getExternalContext().getRequest()).getRemoteAddr();
    }

    /** The landing page of the signed-in account's role. */
    public String getHome() {
        return Landing.pageFor((HttpServletRequest) faces.getExternalContext().getRequest());
    }

    public void signOut() throws ServletException, IOException {
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?signedOut=true");
    }

    private Optional<AccountRegistry.Holder> holder() {
        if (holder == null) {
            Principal caller = securityContext.getCallerPrincipal();
            holder = caller == null ? Optional.empty() : accounts.holder(caller.getName());
        }
        return holder;
    }
}
