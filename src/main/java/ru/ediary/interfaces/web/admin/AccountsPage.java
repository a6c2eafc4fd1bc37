package ru.ediary.interfaces.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import ru.ediary.identity.application.AccountAdministration;
import ru.ediary.identity.application.IssuedPassword;
import ru.ediary.identity.model.Role;
import ru.ediary.interfaces.web.PageMessages;
import ru.ediary.interfaces.web.SignedIn;
import ru.ediary.platform.Refusal;

/** Staff: the school's staff and journal accounts; creating, locking, new passwords and credential rotation. */
@Named
@ViewScoped
public class AccountsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountAdministration accounts;

    @Inject
    SignedIn signedIn;

    private List<AccountAdministration.Line> lines;
    private String login;
    private String displayName;
    private Role role;
    private IssuedPassword issued;

    public List<AccountAdministration.Line> getLines() {
        if (lines == null) {
            lines = accounts.staff(signedIn.schoolId());
        }
        return lines;
    }

    public void create() {
        try {
            issued = accounts.createStaff(signedIn.schoolId(), login, displayName, role, signedIn.getLogin(),
                    signedIn.remoteAddress());
            PageMessages.done("account.created", issued.login());
            login = null;
            displayName = null;
            role = null;
            lines = null;
        } catch (Refusal refusal) {
            PageMessages.refused(refusal);
        }
    }

    public void renew(String account) {
        try {
            issued = accounts.renewPassword(signedIn.schoolId(), account, signedIn.getLogin(),
                    signedIn.remoteAddress());
            lines = null;
        } catch (Refusal refusal) {
            PageMessages.refused(refusal);
        }
    }

    public void lock(String account) {
        change(() -> accounts.lock(signedIn.schoolId(), account, signedIn.getLogin(), signedIn.remoteAddress()),
                "account.locked", account);
    }

    public void unlock(String account) {
        change(() -> accounts.unlock(signedIn.schoolId(), account, signedIn.getLogin(), signedIn.remoteAddress()),
                "account.unlocked", account);
    }

    private void change(Runnable action, String doneKey, String account) {
        try {
            action.run();
            issued = null;
            lines = null;
            PageMessages.done(doneKey, account);
        } catch (Refusal refusal) {
            PageMessages.refused(refusal);
        }
    }

    public Role[] getRoles() {
        return AccountAdministration.STAFF_ROLES.toArray(Role[]::new);
    }

    public IssuedPassword getIssued() {
        return issued;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }
}
