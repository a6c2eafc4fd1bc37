package ru.ediary.interfaces.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.ediary.assessment.application.PublicationDesk;
import ru.ediary.assessment.application.PublicationDesk.Alert;
import ru.ediary.interfaces.web.SignedIn;

/** The office's start page: results at risk of missing the 3-day rule, or past it, with a link to the details. */
@Named
@RequestScoped
public class PublicationAlertPanel {

    @Inject
    PublicationDesk desk;

    @Inject
    SignedIn signedIn;

    private Alert alert;

    public Alert getAlert() {
        if (alert == null) {
            alert = desk.alert(signedIn.schoolId());
        }
        return alert;
    }
}
