package ru.ediary.interfaces.web.settings;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.ediary.identity.application.CabinetAccess;
import ru.ediary.interfaces.web.SignedIn;

/** Whether the signed-in guardian's cabinet is open (consent given) and to which children. */
@Named
@RequestScoped
public class CabinetDoor {

    @Inject
    CabinetAccess access;

    @Inject
    SignedIn signedIn;

    private CabinetAccess.Cabinet cabinet;

    public CabinetAccess.Cabinet getCabinet() {
        if (cabinet == null) {
            cabinet = access.cabinet(signedIn.getLogin());
        }
        return cabinet;
    }
}
