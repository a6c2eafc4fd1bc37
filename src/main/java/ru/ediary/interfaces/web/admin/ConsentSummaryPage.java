package ru.ediary.interfaces.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import ru.ediary.family.application.ConsentRegister;
import ru.ediary.interfaces.web.SignedIn;

/** Staff: per class, how many guardians consented, refused, withdrew or have not answered. */
@Named
@RequestScoped
public class ConsentSummaryPage {

    @Inject
    ConsentRegister consents;

    @Inject
    SignedIn signedIn;

    private List<ConsentRegister.ClassConsent> classes;

    public List<ConsentRegister.ClassConsent> getClasses() {
        if (classes == null) {
            classes = consents.summary(signedIn.schoolId());
        }
        return classes;
    }
}
