package ru.ediary.it;

import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.naming.InitialContext;
import ru.ediary.demo.application.DemoConsent;
import ru.ediary.demo.application.DemoGuardian;
import ru.ediary.demo.application.DemoJournalGenerator;
import ru.ediary.demo.application.DemoSchoolJournal;
import ru.ediary.demo.application.DemoSchoolPlan;
import ru.ediary.diary.application.PeriodChoice;
import ru.ediary.family.application.ConsentRegister;
import ru.ediary.family.model.ConsentDecision;
import ru.ediary.family.model.ConsentForm;
import ru.ediary.family.model.Guardian;
import ru.ediary.family.model.GuardianRepository;
import ru.ediary.identity.application.AccountRegistry;
import ru.ediary.identity.model.Role;
import ru.ediary.importing.application.JournalImport;
import ru.ediary.importing.model.ImportResult;
import ru.ediary.importing.model.RejectionCode;
import ru.ediary.school.application.SchoolRegistry;
import ru.ediary.school.model.School;
import ru.ediary.school.model.SchoolDirectory;
import ru.ediary.school.model.Student;

/**
 * A fresh school holding a whole school year: the demo generator's journal up to late May, sent through the ordinary
 * import, with the demo mother (consent given) and a refusing guardian, each with an account whose password is its
 * login. Used inside the server by the cabinet's tests and its benchmark.
 */
record FullYearCabinet(String code, long schoolId, DemoSchoolJournal journal, long artem, long polina,
                       long classmate, String parentLogin, String refusingLogin, String refusingChildName) {

    /** A Thursday near the end of the year: every quarter but the last is finished. */
    static final LocalDate LATE_MAY = LocalDate.of(2027, 5, 20);

    static FullYearCabinet prepare(SchoolRegistry registry, JournalImport journalImport, SchoolDirectory directory,
                                   AccountRegistry accounts, GuardianRepository guardians, ConsentRegister consents)
            throws Exception {
        String code = "it-cab-" + UUID.randomUUID().toString().substring(0, 8);
        // The demo school's own journal (with the demo family), sent into a school of its own: the records name no
        // school, the import puts them into the one it is given.
        DemoSchoolPlan plan = DemoSchoolPlan.RABITICY;
        registry.region(DemoSchoolPlan.REGION_CODE, DemoSchoolPlan.REGION_NAME);
        long schoolId = registry.school(DemoSchoolPlan.REGION_CODE, code, "Тестовая школа кабинета " + code,
                "Тестовая " + code, plan.topLevel(), null);
        DemoSchoolJournal journal = new DemoJournalGenerator().generate(plan, LATE_MAY);
        long started = System.nanoTime();
        List<ImportResult> results = journalImport.applyAll(schoolId, journal.records());
        System.out.println(String.format("FullYearCabinet: imported %d records in %d ms", results.size(),
                (System.nanoTime() - started) / 1_000_000));
        // The journal of late May goes into a server whose clock may be earlier: the results dated after the server's
        // today (and grades of quarters not begun by it) are refused as the exchange refuses them (issue 10).
        results.stream().filter(ImportResult::isRejected).filter(r -> r.code() != RejectionCode.RESULT_DATE_IN_FUTURE
                && r.code() != RejectionCode.PERIOD_NOT_STARTED).findFirst().ifPresent(r -> {
            throw new AssertionError("rejected: " + r.message());
        });

        DemoGuardian mother = journal.guardians().stream()
                .filter(g -> g.sourcedId().equals(DemoJournalGenerator.DEMO_PARENT_GUARDIAN)).findFirst().orElseThrow();
        DemoGuardian other = journal.guardians().stream()
                .filter(g -> g.consent() == DemoConsent.REFUSED).findFirst().orElseThrow();
        String parentLogin = "it.parent." + code;
        String refusingLogin = "it.refusing." + code;
        UserTransaction tx = (UserTransaction) new InitialContext().lookup("java:comp/UserTransaction");
        tx.begin();
        long artem;
        long polina;
        long classmate;
        String refusingChild;
        try {
            School school = directory.school(schoolId).orElseThrow();
            artem = directory.student(school, DemoJournalGenerator.DEMO_STUDENT).orElseThrow().getId();
            polina = directory.student(school, DemoJournalGenerator.DEMO_SIBLING).orElseThrow().getId();
            classmate = directory.student(school, "s-4-02").orElseThrow().getId();
            Student child = directory.student(school, other.childSourcedIds().get(0)).orElseThrow();
            refusingChild = child.getName().full();
            Guardian guardian = guardians.bySourcedId(school, mother.sourcedId()).orElseThrow();
            consents.record(guardian, ConsentDecision.GIVEN, ConsentForm.PAPER, LATE_MAY.withMonth(9).minusYears(1),
                    "Заявление № 1", "it");
            Guardian refusing = guardians.bySourcedId(school, other.sourcedId()).orElseThrow();
            consents.record(refusing, ConsentDecision.REFUSED, ConsentForm.PAPER, LATE_MAY.withMonth(9).minusYears(1),
                    "Заявление № 2", "it");
            accounts.create(parentLogin, parentLogin.toCharArray(), mother.name().full(), Set.of(Role.PARENT), school,
                    null, guardian, null, "it");
            accounts.create(refusingLogin, refusingLogin.toCharArray(), other.name().full(), Set.of(Role.PARENT),
                    school, null, refusing, null, "it");
            tx.commit();
        } catch (Exception | Error e) {
            tx.rollback();
            throw e;
        }
        return new FullYearCabinet(code, schoolId, journal, artem, polina, classmate, parentLogin, refusingLogin,
                refusingChild);
    }

    /** The cabinet's pages for the demo child, with the full year's period where a page takes one. */
    static List<String> pages(FullYearCabinet f, PeriodChoice year) {
        String child = "?student=" + f.artem();
        return List.of("parent/index.xhtml" + child, "parent/week.xhtml" + child + "&date=" + LATE_MAY,
                "parent/marks.xhtml" + child + "&period=" + year.id(), "parent/final-grades.xhtml" + child,
                "parent/timetable.xhtml" + child + "&date=" + LATE_MAY,
                "parent/control-works.xhtml" + child + "&period=" + year.id(), "parent/teachers.xhtml" + child,
                "parent/holidays.xhtml" + child, "parent/recommendations.xhtml" + child);
    }
}
