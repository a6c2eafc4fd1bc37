package ru.ediary.it.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URL;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.ediary.assessment.application.FinalGradeDesk;
import ru.ediary.assessment.application.PublicationDesk;
import ru.ediary.assessment.application.PublicationReport;
import ru.ediary.assessment.application.ResultPublication;
import ru.ediary.assessment.model.PublicationCause;
import ru.ediary.assessment.model.PublicationRecords;
import ru.ediary.assessment.model.PublicationState;
import ru.ediary.audit.application.AuditBrowser;
import ru.ediary.demo.application.DemoRegionStatus;
import ru.ediary.demo.application.DemoSchoolPlan;
import ru.ediary.family.application.ConsentRegister;
import ru.ediary.family.model.ConsentDecision;
import ru.ediary.family.model.ConsentForm;
import ru.ediary.family.model.GuardianRepository;
import ru.ediary.identity.application.AccountRegistry;
import ru.ediary.identity.model.Role;
import ru.ediary.importing.application.JournalImport;
import ru.ediary.importing.model.ImportResult;
import ru.ediary.importing.model.RecordKind;
import ru.ediary.importing.model.SourcedRecord;
import ru.ediary.it.Deployments;
import ru.ediary.it.ServerClock;
import ru.ediary.it.TestSchool;
import ru.ediary.platform.Refusal;
import ru.ediary.school.application.SchoolRegistry;
import ru.ediary.school.model.School;
import ru.ediary.school.model.SchoolDirectory;

/**
 * The 3-day publication rule end to end in a school of the test's own, sent through the journal import: a class of
 * four, whose guardians are one with consent and an account, one with consent and no account (her daughter's results
 * are held back), one who never answered (paper) and none. The first quarter's six final grades are on time, late
 * (sent by the journal eight days after the deadline), at risk and overdue (held back); an exam result of today waits.
 * The office sees every count and line as computed here, in Chromium and in the XLSX, and the start page's alert; the
 * working-days choice moves the deadlines and is audited; the guardian sees when each grade became available; once the
 * second guardian gets an account her daughter's results become visible. Methods without {@code @RunAsClient} run
 * inside Liberty.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublicationRuleIT {

    static final String SCHOOL = "it-assess-publication";
    static final String STAFF = "it.publication.admin";
    static final String PASSWORD = "it.publication.admin-Пароль-2026";
    static final String PARENT = "it.publication.parent";
    static final String PARENT_PASSWORD = "it.publication.parent-Пароль-2026";
    static final String LATE_PARENT = "it.publication.parent2";
    static final String Q1 = "1 четверть Год публикации";
    static final DateTimeFormatter RUSSIAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** A final grade of the first quarter: student, subject, days before today of its result date. */
    record Grade(String id, String student, String subject, int daysAgo) {
    }

    static final Map<String, String> NAMES = Map.of("p-s1", "Аксёнов Антон", "p-s2", "Белова Бэлла", "p-s3",
            "Волков Виктор", "p-s4", "Галкина Галина");
    static final Map<String, String> SUBJECTS = Map.of("p-math", "Математика", "p-rus", "Русский язык");

    static final List<Grade> GRADES = List.of(
            new Grade("p-fg1", "p-s1", "p-math", 11),  // deadline 8 days ago, sent today: late, arrived late
            new Grade("p-fg2", "p-s1", "p-rus", 1),    // on time
            new Grade("p-fg3", "p-s2", "p-math", 2),   // held back, deadline tomorrow: at risk
            new Grade("p-fg4", "p-s2", "p-rus", 6),    // held back since five days ago, deadline 3 days ago: overdue
            new Grade("p-fg5", "p-s3", "p-math", 3),   // guardian on paper: visible (to the student), on time
            new Grade("p-fg6", "p-s4", "p-math", 1));  // on time

    @Deployment
    static WebArchive deployment() {
        return Deployments.ediary().addClasses(PublicationRuleIT.class, Grade.class, FinalGradeScreens.class,
                FinalGradeScreens.Download.class, FinalGradeFixtures.class, ServerClock.class, TestSchool.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    SchoolRegistry registry;

    @Inject
    SchoolDirectory schools;

    @Inject
    JournalImport journalImport;

    @Inject
    AccountRegistry accounts;

    @Inject
    GuardianRepository guardians;

    @Inject
    ConsentRegister consents;

    @Inject
    PublicationRecords records;

    @Inject
    ResultPublication publication;

    @Inject
    PublicationDesk desk;

    @Inject
    FinalGradeDesk periods;

    @Inject
    AuditBrowser audit;

    @Inject
    DemoRegionStatus demo;

    static LocalDate today() {
        return ServerClock.today();
    }

    static List<SourcedRecord> journal(long v) {
        LocalDate t = today();
        List<SourcedRecord> r = new ArrayList<>();
        r.add(SourcedRecord.of(RecordKind.SCHOOL_YEAR, "p-y", v).with("name", "Год публикации")
                .with("startsOn", t.minusDays(60)).with("endsOn", t.plusDays(120)).build());
        r.add(period("p-q1", 1, "1 четверть", t.minusDays(60), t.minusDays(12), v));
        r.add(period("p-q2", 2, "2 четверть", t.minusDays(11), t.plusDays(30), v));
        SUBJECTS.forEach((id, name) -> r.add(SourcedRecord.of(RecordKind.SUBJECT, id, v).with("name", name).build()));
        r.add(SourcedRecord.of(RecordKind.SCHOOL_CLASS, "p-c7", v).with("schoolYear", "p-y").with("name", "7П")
                .with("grade", 7).with("periodKind", "QUARTER").build());
        new TreeMap<>(NAMES).forEach((id, name) -> r.add(SourcedRecord.of(RecordKind.STUDENT, id, v)
                .with("lastName", name.split(" ")[0]).with("firstName", name.split(" ")[1]).with("class", "p-c7")
                .build()));
        for (String[] g : new String[][] {{"p-g1", "Аксёнова", "Анна", "p-s1"}, {"p-g2", "Белова", "Бронислава",
                "p-s2"}, {"p-g3", "Волкова", "Вера", "p-s3"}}) {
            r.add(SourcedRecord.of(RecordKind.GUARDIAN, g[0], v).with("lastName", g[1]).with("firstName", g[2])
                    .build());
            r.add(SourcedRecord.of(RecordKind.GUARDIAN_LINK, "l-" + g[0], v).with("guardian", g[0])
                    .with("student", g[3]).with("relation", "MOTHER").build());
        }
        for (Grade g : GRADES) {
            r.add(SourcedRecord.of(RecordKind.FINAL_GRADE, g.id(), v).with("student", g.student())
                    .with("subject", g.subject()).with("period", "p-q1").with("value", "4")
                    .with("resultDate", t.minusDays(g.daysAgo())).build());
        }
        // the second quarter: an exam result of today (waiting) and one of yesterday (on time)
        r.add(SourcedRecord.of(RecordKind.EXAM_RESULT, "p-ex1", v).with("student", "p-s2").with("subject", "p-math")
                .with("examName", "Олимпиада").with("examDate", t.minusDays(1)).with("score", 30)
                .with("resultDate", t).build());
        r.add(SourcedRecord.of(RecordKind.EXAM_RESULT, "p-ex2", v).with("student", "p-s1").with("subject", "p-rus")
                .with("examName", "Диктант").with("examDate", t.minusDays(2)).with("mark", 5)
                .with("resultDate", t.minusDays(1)).build());
        return r;
    }

    private static SourcedRecord period(String id, int ordinal, String name, LocalDate from, LocalDate to, long v) {
        return SourcedRecord.of(RecordKind.ACADEMIC_PERIOD, id, v).with("schoolYear", "p-y").with("kind", "QUARTER")
                .with("ordinal", ordinal).with("name", name).with("startsOn", from).with("endsOn", to).build();
    }

    /** The deadline as the regulation reads, computed here: 3 calendar days, or 3 weekdays (no holidays here). */
    static LocalDate deadline(LocalDate resultDate, boolean workingDays) {
        if (!workingDays) {
            return resultDate.plusDays(3);
        }
        LocalDate d = resultDate;
        for (int counted = 0; counted < 3; ) {
            d = d.plusDays(1);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                counted++;
            }
        }
        return d;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // inside the server

    @Test
    @Order(1)
    void resultsAreVisibleOnImportUnlessAConsentingGuardianHasNoAccount() throws Exception {
        long schoolId = TestSchool.create(registry, SCHOOL);
        long v = ServerClock.clock().millis();
        // the families first, as the office registers them, then the quarter's results
        List<SourcedRecord> journal = journal(v);
        for (ImportResult r : journalImport.applyAll(schoolId, journal.stream()
                .filter(x -> x.kind() != RecordKind.FINAL_GRADE && x.kind() != RecordKind.EXAM_RESULT).toList())) {
            assertFalse(r.isRejected(), r.kind() + " " + r.sourcedId() + ": " + r.message());
        }
        School school = schools.school(schoolId).orElseThrow();
        long g1 = guardians.bySourcedId(school, "p-g1").orElseThrow().getId();
        long g2 = guardians.bySourcedId(school, "p-g2").orElseThrow().getId();
        for (long g : new long[] {g1, g2}) {
            consents.recordDocumented(schoolId, g, ConsentDecision.GIVEN, ConsentForm.PAPER, today().minusDays(30),
                    "Заявление " + g, "it-publication", null);
        }
        TestSchool.inTransaction(() -> {
            if (!accounts.exists(STAFF)) {
                accounts.create(STAFF, PASSWORD.toCharArray(), "Завуч", Set.of(Role.SCHOOL_ADMIN), school, null,
                        null, null, "it-publication");
            }
            if (!accounts.exists(PARENT)) {
                accounts.create(PARENT, PARENT_PASSWORD.toCharArray(), "Аксёнова Анна", Set.of(Role.PARENT), school,
                        null, guardians.byId(g1).orElseThrow(), null, "it-publication");
            }
            return null;
        });
        for (ImportResult r : journalImport.applyAll(schoolId, journal.stream()
                .filter(x -> x.kind() == RecordKind.FINAL_GRADE || x.kind() == RecordKind.EXAM_RESULT).toList())) {
            assertFalse(r.isRejected(), r.kind() + " " + r.sourcedId() + ": " + r.message());
        }
        // Белова's grade of six days ago reached eDiary five days ago and has been held back since
        Instant fiveDaysAgo = ServerClock.clock().instant().minusSeconds(5 * 86_400);
        TestSchool.inTransaction(() -> records.restamp(schoolId, PublicationRecords.Kind.FINAL_GRADE, "p-fg4",
                fiveDaysAgo, null));

        assertEquals(Set.of(idOf(schoolId, "p-s2")), TestSchool.inTransaction(() -> publication.heldBack(schoolId)),
                "only the child of the consenting guardian without an account is held back");
        long q1 = periods.periods(schoolId).stream().filter(p -> p.name().equals(Q1)).findFirst().orElseThrow().id();
        PublicationReport report = desk.report(schoolId, q1);
        assertEquals(Map.of(PublicationState.ON_TIME, 3, PublicationState.LATE, 1, PublicationState.AT_RISK, 1,
                PublicationState.WAITING, 0, PublicationState.OVERDUE, 1), report.counts());
        assertEquals(new PublicationDesk.Alert(1, 1), desk.alert(schoolId), "the exam of today only waits");
        // a minute's pass changes nothing while the guardian still has no account
        publication.publishPending();
        assertEquals(new PublicationDesk.Alert(1, 1), desk.alert(schoolId));
        // another school's period is not this school's
        long other = TestSchool.create(registry, SCHOOL + "-other");
        assertThrows(Refusal.class, () -> desk.report(other, q1));
    }

    private long idOf(long schoolId, String studentSourcedId) throws Exception {
        return TestSchool.inTransaction(() -> guardians.linksOf(schools.school(schoolId).orElseThrow()).stream()
                .filter(l -> l.getStudent().getSourcedId().equals(studentSourcedId)).findFirst().orElseThrow()
                .getStudent().getId());
    }

    // ---------------------------------------------------------------------------------------------------------------
    // the office and the family

    @Test
    @Order(2)
    @RunAsClient
    void theOfficeSeesEveryStateAndCauseAndTheStartPageWarns() throws Exception {
        LocalDate t = today();
        String heldBack = "задержан в eDiary: у родителя, давшего согласие, нет учётной записи кабинета"
                + " (учётной записи нет и сейчас: выдайте её на странице «Учётные записи» или вручите бумажную"
                + " выписку)";
        List<String> expected = List.of(
                row("p-fg3", deadline(t.minusDays(2), false), "", "под угрозой", heldBack),
                row("p-fg4", deadline(t.minusDays(6), false), "", "просрочено на 3 дн.", heldBack),
                row("p-fg1", deadline(t.minusDays(11), false), RUSSIAN.format(t), "опоздание на 8 дн.",
                        "поступил из журнала после срока"));
        try (FinalGradeScreens page = new FinalGradeScreens(base, STAFF, PASSWORD)) {
            page.openPath("admin/index.xhtml");
            assertTrue(page.text("publicationAlert").contains("под угрозой срыва трёхдневного срока — 1, просрочено — 1"),
                    page.pageText());

            page.openPath("admin/publication.xhtml");
            assertTrue(page.summary().contains("«" + Q1 + "»: результатов — 6; срок считается в календарных днях"),
                    page.summary());
            List<String> counts = List.of("вовремя|3", "с опозданием|1", "под угрозой|1",
                    "ещё не доступен, срок впереди|0", "просрочено|1");
            assertEquals(counts, page.rows("counts", 2));
            assertEquals(expected, withoutMoments(page.rows("lines", 10)));
            List<String> fromFile = FinalGradeScreens.sheet(page.export("linesExport", "xlsx").body());
            assertEquals(expected, withoutMoments(fromFile.subList(1, fromFile.size())));
            page.checkXlsx(page.export("countsExport", "xlsx"), concat(counts, "Всего|6"), 2);

            // the second quarter: the exam of today waits, yesterday's was on time
            page.showPeriod("2 четверть Год публикации");
            assertEquals(List.of("вовремя|1", "с опозданием|0", "под угрозой|0", "ещё не доступен, срок впереди|1",
                    "просрочено|0"), page.rows("counts", 2));
            assertTrue(page.text("noLines").contains("вовремя"), page.pageText());

            // working days: the deadlines move past week-ends, and the choice is kept and audited
            page.openPath("admin/publication.xhtml");
            page.setAndSubmit("deadlineRule:workingDays", true, "deadlineRule:save");
            assertTrue(page.messages().contains("Правило срока сохранено"), page.messages());
            assertTrue(page.summary().contains("срок считается в рабочих днях"), page.summary());
            List<String> deadlines = page.rows("lines", 6).stream().map(l -> l.substring(l.lastIndexOf('|') + 1))
                    .toList();
            assertTrue(deadlines.contains(RUSSIAN.format(deadline(t.minusDays(11), true))), deadlines.toString());
            page.setAndSubmit("deadlineRule:workingDays", false, "deadlineRule:save");
            assertTrue(page.summary().contains("календарных днях"), page.summary());

            page.openPath("admin/publication.xhtml?period=987654321");
            assertTrue(page.messages().contains("Такого периода в вашей школе нет"), page.messages());
            assertFalse(page.hasReport());
        }
        // the guardian with an account sees when each grade became available
        try (FinalGradeScreens cabinet = new FinalGradeScreens(base, PARENT, PARENT_PASSWORD)) {
            cabinet.openPath("parent/final-grades.xhtml");
            String text = cabinet.pageText();
            assertTrue(text.contains("Дата результата " + RUSSIAN.format(t.minusDays(11)) + "; Доступна с "
                    + RUSSIAN.format(t)), text);
        }
    }

    private static String row(String grade, LocalDate deadline, String visibleDay, String state, String cause) {
        Grade g = GRADES.stream().filter(x -> x.id().equals(grade)).findFirst().orElseThrow();
        return "Итоговая оценка, 1 четверть|" + NAMES.get(g.student()) + "|7П|" + SUBJECTS.get(g.subject()) + "|"
                + RUSSIAN.format(today().minusDays(g.daysAgo())) + "|" + RUSSIAN.format(deadline) + "|"
                + visibleDay + "|" + state + "|" + cause;
    }

    /** Rows of ten cells with the two moments (arrived, visible) cut to their day, and the arrival left out. */
    private static List<String> withoutMoments(List<String> rows) {
        return rows.stream().map(r -> {
            String[] c = r.split("\\|", -1);
            String visible = c[7].isEmpty() ? "" : c[7].substring(0, 10);
            return String.join("|", c[0], c[1], c[2], c[3], c[4], c[5], visible, c[8], c[9]);
        }).toList();
    }

    private static List<String> concat(List<String> rows, String last) {
        List<String> all = new ArrayList<>(rows);
        all.add(last);
        return all;
    }

    @Test
    @Order(3)
    void anAccountForTheSecondGuardianMakesHerDaughtersResultsVisible() throws Exception {
        long schoolId = schools.schoolByCode(SCHOOL).orElseThrow().getId();
        assertFalse(audit.find(schoolId, STAFF, "SCHOOL_SETTINGS_CHANGED", null, null, null).isEmpty(),
                "the working-days choice is audited");
        TestSchool.inTransaction(() -> {
            School school = schools.school(schoolId).orElseThrow();
            if (!accounts.exists(LATE_PARENT)) {
                accounts.create(LATE_PARENT, (LATE_PARENT + "-Пароль-2026").toCharArray(), "Белова Бронислава",
                        Set.of(Role.PARENT), school, null, guardians.bySourcedId(school, "p-g2").orElseThrow(), null,
                        "it-publication");
            }
            return null;
        });
        // the minute's pass, as the scheduler runs it (it may have come first by itself: the outcome is the same)
        publication.publishPending();
        long q1 = periods.periods(schoolId).stream().filter(p -> p.name().equals(Q1)).findFirst().orElseThrow().id();
        PublicationReport report = desk.report(schoolId, q1);
        // the grade at risk is now on time; the overdue one late by three days, held back
        assertEquals(4, report.counts().get(PublicationState.ON_TIME));
        assertEquals(2, report.counts().get(PublicationState.LATE));
        assertEquals(0, report.counts().get(PublicationState.AT_RISK) + report.counts().get(PublicationState.OVERDUE));
        PublicationReport.Line held = report.lines().stream().filter(l -> l.studentName().startsWith("Белова"))
                .findFirst().orElseThrow();
        assertEquals(3, held.daysLate());
        assertNotNull(held.visibleAt());
        assertEquals(new PublicationDesk.Alert(0, 0), desk.alert(schoolId));
        assertNull(report.lines().stream().filter(l -> l.state() == PublicationState.ON_TIME).findAny().orElse(null),
                "results on time are counted, not listed");
    }

    @Test
    @Order(4)
    void theDemoSchoolHasALateAndAnAtRiskResult() throws Exception {
        for (int i = 0; i < 600 && demo.getStage() != DemoRegionStatus.Stage.READY; i++) {
            assertFalse(demo.getStage() == DemoRegionStatus.Stage.FAILED || demo.getStage() == DemoRegionStatus.Stage.OFF,
                    "the demo region: " + demo.getStage());
            Thread.sleep(500);
        }
        long schoolId = schools.schoolByCode(DemoSchoolPlan.RABITICY.code()).orElseThrow().getId();
        assertEquals(1, desk.alert(schoolId).atRisk(), "the contest result of two days ago, held back");
        List<PublicationReport.Line> lines = new ArrayList<>();
        for (var period : periods.periods(schoolId)) {
            lines.addAll(desk.report(schoolId, period.id()).lines());
        }
        assertTrue(lines.stream().anyMatch(l -> l.state() == PublicationState.LATE && l.daysLate() == 2
                && l.cause() == PublicationCause.ARRIVED_LATE), "the olympiad result sent five days after: " + lines);
        assertTrue(lines.stream().anyMatch(l -> l.state() == PublicationState.AT_RISK
                && l.cause() == PublicationCause.HELD_BACK && l.heldBackNow()), lines.toString());
    }
}
