package ru.ediary.demo.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import ru.ediary.family.application.ConsentRegister;
import ru.ediary.family.application.ContactBook;
import ru.ediary.family.model.ConsentDecision;
import ru.ediary.family.model.ConsentForm;
import ru.ediary.family.model.ContactChannel;
import ru.ediary.family.model.ContactSource;
import ru.ediary.family.model.Guardian;
import ru.ediary.importing.model.ImportOutcome;
import ru.ediary.importing.model.RecordChanged;
import ru.ediary.importing.model.RecordKind;

/**
 * The school office of the simulator's demo school («Сабская СОШ»): consent and contacts are not journal records, so
 * in demo mode this stands in for the office that registers each new guardian's written application — most consent
 * (with an e-mail, half of them a phone too), every seventh refuses. That way what the simulator sends reaches the
 * Outbox page as it would in a real school. It acts in the import's transaction, on that one school only.
 */
@ApplicationScoped
public class DemoSimulatorOffice {

    static final String OFFICE = "demo-office";

    @Inject
    Clock clock;

    @Inject
    ConsentRegister consents;

    @Inject
    ContactBook contacts;

    void guardianArrived(@Observes RecordChanged change) {
        if (change.kind() != RecordKind.GUARDIAN || change.outcome() != ImportOutcome.CREATED
                || !DemoRegionLoader.SIMULATOR_SCHOOL.equals(change.record().getSchool().getCode())
                || !DemoRegionLoader.demoWanted()) {
            return;
        }
        Guardian guardian = (Guardian) change.record();
        int number = Math.floorMod(guardian.getSourcedId().hashCode(), 100_000);
        LocalDate today = LocalDate.now(clock);
        String application = "Заявление № С-" + number + " от " + today.format(DemoFamilies.RUSSIAN_DATE);
        if (number % 7 == 0) {
            consents.record(guardian, ConsentDecision.REFUSED, ConsentForm.PAPER, today, application, OFFICE);
            return;
        }
        consents.record(guardian, ConsentDecision.GIVEN, ConsentForm.PAPER, today, application, OFFICE);
        String mailbox = "g" + number + "." + guardian.getSourcedId().replaceAll("[^A-Za-z0-9]", "").toLowerCase();
        contacts.addDocumented(guardian, ContactChannel.EMAIL, mailbox + "@saba-school.example.ru",
                ContactSource.WRITTEN_APPLICATION, application, OFFICE, null);
        if (number % 2 == 0) {
            contacts.addDocumented(guardian, ContactChannel.PHONE, String.format("+7 921 %07d", number),
                    ContactSource.WRITTEN_APPLICATION, application, OFFICE, null);
        }
    }
}
