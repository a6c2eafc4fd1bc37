package ru.ediary.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.ediary.audit.application.AuditBrowser;
import ru.ediary.family.application.ConsentRegister;
import ru.ediary.family.application.ContactBook;
import ru.ediary.family.application.DeliveryEligibility;
import ru.ediary.family.application.GuardianCard;
import ru.ediary.family.application.GuardianRoster;
import ru.ediary.family.application.PaperList;
import ru.ediary.family.model.ConsentDecision;
import ru.ediary.family.model.ConsentForm;
import ru.ediary.family.model.ContactChannel;
import ru.ediary.family.model.ContactSource;
import ru.ediary.family.model.DeliveryPlan;
import ru.ediary.family.model.PaperReason;
import ru.ediary.family.model.Relation;
import ru.ediary.identity.application.AccessDenied;
import ru.ediary.identity.application.AccountAdministration;
import ru.ediary.identity.application.CabinetAccess;
import ru.ediary.importing.application.JournalImport;
import ru.ediary.importing.model.ImportOutcome;
import ru.ediary.importing.model.RecordKind;
import ru.ediary.importing.model.SourcedRecord;
import ru.ediary.platform.Refusal;
import ru.ediary.school.application.SchoolRegistry;
import ru.ediary.school.model.EducationLevel;

/**
 * The consent and tenancy rules inside the server: staff reach only their own school, bad input changes nothing,
 * the cabinet opens and closes with consent, and the school-wide plans agree with the one-guardian plan.
 */
@ExtendWith(ArquillianExtension.class)
class FamilyRulesInContainerIT {

    private static final String STAFF = "it-office";

    @Deployment
    static WebArchive deployment() {
        return Deployments.ediary().addClasses(FamilyRulesInContainerIT.class, ServerClock.class);
    }

    @Inject
    SchoolRegistry registry;

    @Inject
    JournalImport journalImport;

    @Inject
    GuardianRoster roster;

    @Inject
    ConsentRegister consents;

    @Inject
    ContactBook contacts;

    @Inject
    DeliveryEligibility eligibility;

    @Inject
    PaperList paperList;

    @Inject
    AccountAdministration accounts;

    @Inject
    CabinetAccess cabinet;

    @Inject
    AuditBrowser audit;

    @Test
    void staffReachOnlyTheirSchoolBadInputChangesNothingAndConsentOpensTheCabinet() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long schoolA = school("fa-" + tag);
        long schoolB = school("fb-" + tag);
        long guardianA = onlyGuardian(schoolA);
        long guardianB = onlyGuardian(schoolB);
        long studentB = roster.students(schoolB).get(0).id();
        long studentA = roster.students(schoolA).get(0).id();

        Refusal foreignPupil = assertThrows(Refusal.class, () -> roster.link(schoolA, guardianA, studentB,
                Relation.FATHER, "Свидетельство о рождении", STAFF, null));
        assertEquals("link.student.otherSchool", foreignPupil.messageKey());
        assertEquals("guardian.unknown", assertThrows(Refusal.class, () -> consents.recordDocumented(schoolA,
                guardianB, ConsentDecision.GIVEN, ConsentForm.PAPER, ServerClock.today(), "Заявление № 1", STAFF, null))
                .messageKey(), "another school's guardian is unknown to this office");
        assertEquals("consent.date.future", assertThrows(Refusal.class, () -> consents.recordDocumented(schoolA,
                guardianA, ConsentDecision.GIVEN, ConsentForm.PAPER, ServerClock.today().plusDays(2), "Заявление № 1",
                STAFF, null)).messageKey());
        assertEquals("consent.withdraw.notGiven", assertThrows(Refusal.class, () -> consents.recordDocumented(schoolA,
                guardianA, ConsentDecision.WITHDRAWN, ConsentForm.PAPER, ServerClock.today(), "Заявление № 2", STAFF,
                null)).messageKey());
        assertEquals("contact.phone.invalid", assertThrows(Refusal.class, () -> contacts.addDocumented(schoolA,
                guardianA, ContactChannel.PHONE, "8 812 000", ContactSource.WRITTEN_APPLICATION, "Заявление № 3",
                STAFF, null)).messageKey());
        GuardianCard untouched = roster.card(schoolA, guardianA, STAFF, null);
        assertEquals(1, untouched.links().size(), "the foreign pupil was not linked");
        assertTrue(untouched.consents().isEmpty(), "no refused decision reached the ledger");
        assertTrue(untouched.contacts().isEmpty(), "no refused contact was stored");
        assertEquals(PaperReason.CONSENT_MISSING, paperReason(schoolA, guardianA));

        String login = "it.parent." + tag;
        accounts.createForGuardian(schoolA, guardianA, login, STAFF, null);
        assertFalse(cabinet.cabinet(login).open(), "no consent yet: the cabinet shows nothing");
        assertThrows(AccessDenied.class, () -> cabinet.requireChild(login, studentA, "10.0.0.7"),
                "not even the own child without consent");

        consents.recordDocumented(schoolA, guardianA, ConsentDecision.GIVEN, ConsentForm.EDO, ServerClock.today(),
                "СЭД, вх. № 77-" + tag, STAFF, null);
        assertTrue(cabinet.cabinet(login).open());
        assertEquals(studentA, cabinet.requireChild(login, studentA, "10.0.0.7").studentId());
        assertThrows(AccessDenied.class, () -> cabinet.requireChild(login, studentB, "10.0.0.7"));
        assertTrue(audit.find(schoolA, login, "ACCESS_DENIED", "student:" + studentB, null, null).stream()
                .anyMatch(l -> "10.0.0.7".equals(l.remoteAddress())), "the attempt on another child is audited");
        assertEquals(null, paperReason(schoolA, guardianA), "consent and an account: off the paper list");

        consents.withdrawInCabinet(guardianA, login, "10.0.0.7");
        assertFalse(cabinet.cabinet(login).open(), "withdrawing closes the cabinet at once");
        assertEquals(PaperReason.CONSENT_WITHDRAWN, paperReason(schoolA, guardianA));
        assertEquals(List.of("GIVEN", "WITHDRAWN"), roster.card(schoolA, guardianA, STAFF, null).consents().stream()
                .map(GuardianCard.ConsentEntry::decision).toList(), "the ledger keeps the history");

        consents.giveInCabinet(guardianA, login, "10.0.0.7");
        long link = roster.card(schoolA, guardianA, STAFF, null).links().get(0).id();
        assertEquals("link.unknown", assertThrows(Refusal.class, () -> roster.unlink(schoolB, link, STAFF, null))
                .messageKey(), "another school's office cannot unlink");
        roster.unlink(schoolA, link, STAFF, null);
        assertTrue(roster.card(schoolA, guardianA, STAFF, null).links().isEmpty());
        assertTrue(cabinet.cabinet(login).children().isEmpty(), "an unlinked child leaves the cabinet");
        assertThrows(AccessDenied.class, () -> cabinet.requireChild(login, studentA, "10.0.0.7"));

        Map<Long, DeliveryPlan> plans = eligibility.plans(schoolA);
        DeliveryPlan single = eligibility.plan(guardianA);
        assertEquals(single.getChannels(), plans.get(guardianA).getChannels());
        assertEquals(single.getPaperReason(), plans.get(guardianA).getPaperReason());
    }

    private PaperReason paperReason(long schoolId, long guardianId) {
        return paperList.of(schoolId, null).stream().flatMap(c -> c.lines().stream())
                .filter(l -> l.guardianId() == guardianId).map(PaperList.Line::reason).findFirst().orElse(null);
    }

    private long onlyGuardian(long schoolId) {
        List<GuardianRoster.Found> found = roster.search(schoolId, "", null);
        assertEquals(1, found.size());
        return found.get(0).id();
    }

    private long school(String code) {
        registry.region("47", "Ленинградская область");
        long school = registry.school("47", code, "Школа " + code, code, EducationLevel.PRIMARY, null);
        journalImport.applyAll(school, List.of(
                SourcedRecord.of(RecordKind.SCHOOL_YEAR, "y", 1).with("name", "2026/2027")
                        .with("startsOn", "2026-09-01").with("endsOn", "2027-05-31").build(),
                SourcedRecord.of(RecordKind.SCHOOL_CLASS, "c2", 1).with("schoolYear", "y").with("name", "2А")
                        .with("grade", 2).with("periodKind", "QUARTER").build(),
                SourcedRecord.of(RecordKind.STUDENT, "s1", 1).with("lastName", "Егорова")
                        .with("firstName", "Алёна").with("class", "c2").build(),
                SourcedRecord.of(RecordKind.GUARDIAN, "g1", 1).with("lastName", "Егорова")
                        .with("firstName", "Ирина").with("middleName", "Петровна").build(),
                SourcedRecord.of(RecordKind.GUARDIAN_LINK, "l1", 1).with("guardian", "g1").with("student", "s1")
                        .with("relation", "MOTHER").build()))
                .forEach(r -> assertEquals(ImportOutcome.CREATED, r.outcome(), r.message()));
        return school;
    }
}
