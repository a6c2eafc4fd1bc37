package ru.ediary.demo.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import ru.ediary.family.application.ConsentRegister;
import ru.ediary.family.application.ContactBook;
import ru.ediary.family.model.ConsentDecision;
import ru.ediary.family.model.ConsentForm;
import ru.ediary.family.model.ContactChannel;
import ru.ediary.family.model.ContactSource;
import ru.ediary.family.model.DeliveryChannel;
import ru.ediary.family.model.DeliveryPreference;
import ru.ediary.family.model.Guardian;
import ru.ediary.family.model.GuardianRepository;
import ru.ediary.school.model.School;
import ru.ediary.school.model.SchoolDirectory;

/**
 * What the school office registered for the demo guardians: their written consents or refusals and the contacts
 * from their applications. Guardians who have not answered get nothing, so the paper list is not empty.
 */
@ApplicationScoped
public class DemoFamilies {

    static final String OFFICE = "demo-loader";
    static final DateTimeFormatter RUSSIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Inject
    SchoolDirectory schools;

    @Inject
    GuardianRepository guardians;

    @Inject
    ConsentRegister consents;

    @Inject
    ContactBook contacts;

    @Transactional
    public void register(long schoolId, List<DemoGuardian> demoGuardians, LocalDate schoolYearStart) {
        School school = schools.school(schoolId).orElseThrow();
        int application = 1;
        for (DemoGuardian demo : demoGuardians) {
            Guardian guardian = guardians.bySourcedId(school, demo.sourcedId()).orElse(null);
            if (guardian == null || consents.hasAnyDecision(guardian) || demo.consent() == DemoConsent.UNANSWERED) {
                continue;
            }
            LocalDate signedOn = schoolYearStart.plusDays(application % 10);
            String document = "Заявление № " + application++ + " от " + RUSSIAN_DATE.format(signedOn);
            if (demo.consent() == DemoConsent.REFUSED) {
                consents.record(guardian, ConsentDecision.REFUSED, ConsentForm.PAPER, signedOn, document, OFFICE);
                guardians.add(new DeliveryPreference(guardian, DeliveryChannel.PAPER));
                continue;
            }
            consents.record(guardian, ConsentDecision.GIVEN, ConsentForm.PAPER, signedOn, document, OFFICE);
            guardians.add(new DeliveryPreference(guardian, DeliveryChannel.WEB));
            if (demo.email() != null) {
                contacts.addDocumented(guardian, ContactChannel.EMAIL, demo.email(), ContactSource.WRITTEN_APPLICATION,
                        document, OFFICE, null);
                guardians.add(new DeliveryPreference(guardian, DeliveryChannel.EMAIL));
            }
            if (demo.phone() != null) {
                contacts.addDocumented(guardian, ContactChannel.PHONE, demo.phone(), ContactSource.WRITTEN_APPLICATION,
                        document, OFFICE, null);
                guardians.add(new DeliveryPreference(guardian, DeliveryChannel.SMS));
            }
        }
    }
}
