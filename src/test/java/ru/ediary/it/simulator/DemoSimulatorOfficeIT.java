package ru.ediary.it.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.ediary.it.Deployments;
import ru.ediary.demo.application.DemoRegionLoader;
import ru.ediary.demo.application.DemoRegionStatus;
import ru.ediary.family.application.DeliveryEligibility;
import ru.ediary.family.application.GuardianRoster;
import ru.ediary.family.model.DeliveryChannel;
import ru.ediary.family.model.DeliveryPlan;
import ru.ediary.importing.application.JournalImport;
import ru.ediary.importing.model.ImportOutcome;
import ru.ediary.importing.model.RecordKind;
import ru.ediary.importing.model.SourcedRecord;
import ru.ediary.school.application.SchoolRegistry;

/**
 * In demo mode the simulator's school has an office that registers each new guardian's application, so what the
 * simulator sends reaches guardians (and the Outbox page) as in a real school: most consent with an e-mail address,
 * every seventh refuses.
 */
@ExtendWith(ArquillianExtension.class)
class DemoSimulatorOfficeIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.ediary().addClass(DemoSimulatorOfficeIT.class);
    }

    @Inject
    DemoRegionStatus demo;

    @Inject
    SchoolRegistry registry;

    @Inject
    JournalImport journalImport;

    @Inject
    GuardianRoster roster;

    @Inject
    DeliveryEligibility eligibility;

    @Test
    void guardiansTheJournalSendsToTheSimulatorSchoolHaveTheirApplicationsRegistered() throws Exception {
        for (int i = 0; i < 240 && demo.getStage() != DemoRegionStatus.Stage.READY; i++) {
            Thread.sleep(1000);
        }
        assertEquals(DemoRegionStatus.Stage.READY, demo.getStage());
        long school = registry.schoolId(DemoRegionLoader.SIMULATOR_SCHOOL).orElseThrow();
        int consenting = 0;
        for (int i = 0; i < 14; i++) {
            String id = "g-office-" + i;
            assertEquals(ImportOutcome.CREATED, journalImport.apply(school, SourcedRecord.of(RecordKind.GUARDIAN, id, 1)
                    .with("lastName", "Офисова").with("firstName", "Анна").with("middleName", "" + (char) ('А' + i))
                    .build()).outcome());
            long guardian = roster.search(school, "Офисова " + (char) ('А' + i), null).get(0).id();
            DeliveryPlan plan = eligibility.plan(guardian);
            boolean refuses = Math.floorMod(id.hashCode(), 100_000) % 7 == 0;
            assertEquals(!refuses, plan.isConsentGiven(), id);
            if (!refuses) {
                consenting++;
                assertTrue(plan.allows(DeliveryChannel.EMAIL) && plan.email().orElseThrow().endsWith(".example.ru"));
            }
        }
        assertTrue(consenting >= 10, "most guardians consent: " + consenting);
    }
}
