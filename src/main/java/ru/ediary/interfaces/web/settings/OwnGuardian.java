package ru.ediary.interfaces.web.settings;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.ediary.identity.application.AccountAdministration;
import ru.ediary.interfaces.web.SignedIn;

/** The guardian the signed-in account speaks for: the settings pages change only this guardian's data. */
@Named
@RequestScoped
public class OwnGuardian {

    @Inject
    AccountAdministration accounts;

    @Inject
    SignedIn signedIn;

    private Long id;

    /** The guardian's id; a parent account without one (never created so) sees the pages empty. */
    public Long id() {
        if (id == null) {
            id = accounts.guardianOf(signedIn.getLogin()).orElse(null);
        }
        return id;
    }
}
