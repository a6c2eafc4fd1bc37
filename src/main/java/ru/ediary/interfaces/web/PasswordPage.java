package ru.ediary.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import ru.ediary.identity.application.AccountAdministration;
import ru.ediary.identity.application.AccountRegistry;
import ru.ediary.platform.Refusal;

/** Anyone's own password change; the first sign-in with an issued password ends here until it is changed. */
@Named
@RequestScoped
public class PasswordPage {

    @Inject
    AccountAdministration accounts;

    @Inject
    SignedIn signedIn;

    @Inject
    AccountRegistry registry;

    @Inject
    FacesContext faces;

    private String current;
    private String chosen;
    private String repeated;

    public boolean isMustChange() {
        return accounts.mustChangePassword(signedIn.getLogin());
    }

    public void change() throws IOException {
        try {
            accounts.changeOwnPassword(signedIn.getLogin(), chars(current), chars(chosen), chars(repeated),
                    signedIn.remoteAddress());
        } catch (Refusal refusal) {
            PageMessages.refused(refusal);
            return;
        }
        ExternalContext external = faces.getExternalContext();
        external.getSessionMap().remove(FirstPasswordGate.MUST_CHANGE);
        // this session goes on with the new password; every other session of the account ends (SignedInGuard)
        SignedInGuard.remember((HttpSession) external.getSession(true), registry, signedIn.getLogin());
        external.getFlash().put("passwordChanged", Boolean.TRUE);
        external.redirect(external.getRequestContextPath() + signedIn.getHome());
    }

    private static char[] chars(String text) {
        return text == null ? new char[0] : text.toCharArray();
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getChosen() {
        return chosen;
    }

    public void setChosen(String chosen) {
        this.chosen = chosen;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
