package ru.ediary.it.extracts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.naming.InitialContext;
import javax.sql.DataSource;
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
import ru.ediary.audit.model.AuditEntry;
import ru.ediary.audit.model.AuditTrail;
import ru.ediary.delivery.application.ExtractRequest;
import ru.ediary.delivery.application.PaperExtracts;
import ru.ediary.family.application.ConsentRegister;
import ru.ediary.family.model.ConsentDecision;
import ru.ediary.family.model.ConsentForm;
import ru.ediary.family.model.Guardian;
import ru.ediary.family.model.GuardianRepository;
import ru.ediary.identity.application.AccountRegistry;
import ru.ediary.identity.model.Role;
import ru.ediary.importing.application.JournalImport;
import ru.ediary.importing.model.ImportResult;
import ru.ediary.it.Deployments;
import ru.ediary.it.ServerClock;
import ru.ediary.it.TestSchool;
import ru.ediary.it.WebSession;
import ru.ediary.it.extracts.ExtractFixtures.Child;
import ru.ediary.it.extracts.ExtractFixtures.MarkSpec;
import ru.ediary.platform.Refusal;
import ru.ediary.school.application.SchoolRegistry;
import ru.ediary.school.model.School;
import ru.ediary.school.model.SchoolDirectory;

/**
 * Paper extracts end to end, in a school of the test's own built through the journal import: the office prints the
 * paper list of a class from the paper list page; the test reads the file back (PDFBox) and checks every mark,
 * average, forecast, the timetable change and the final grade against values it computes itself from the records it
 * sent; numbers follow each other, a re-print is the same document, the register and the audit log hold the issue;
 * the QR code (decoded by ZXing from the rendered page) leads to «подлинный», and to «не подлинный» once the stored
 * hash is altered. A guardian with consent downloads their child's extract and gets 403 for another child.
 * Methods without {@code @RunAsClient} run inside Liberty; the order matters.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PaperExtractIT {

    private static final Pattern ISSUED = Pattern.compile("(\\d+) \\(№ (\\d{4})/(\\d{4}) – (\\d{4})/(\\d{4})\\)");

    @Deployment
    static WebArchive deployment() {
        return Deployments.ediary().addClasses(PaperExtractIT.class, ExtractFixtures.class, Child.class,
                MarkSpec.class, ServerClock.class, TestSchool.class);
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
    GuardianRepository guardians;

    @Inject
    ConsentRegister consents;

    @Inject
    AccountRegistry accounts;

    @Inject
    AuditTrail audit;

    @Inject
    PaperExtracts extracts;

    /** What the client-side steps learn and later ones use (they all run in the test JVM). */
    private static Map<String, String> studentIds;
    private static String runningPeriodId;
    private static String sokolovaVerifyUrl;

    // ---------------------------------------------------------------------------------------------------------------
    // inside the server: the journal's records, consents and accounts

    @Test
    @Order(1)
    void theJournalSendsTheSchoolAndTheOfficeRegistersConsentsAndAccounts() throws Exception {
        long schoolId = TestSchool.create(registry, ExtractFixtures.SCHOOL);
        for (ImportResult r : journalImport.applyAll(schoolId, ExtractFixtures.journal(ExtractFixtures.version()))) {
            assertFalse(r.isRejected(), r.kind() + " " + r.sourcedId() + ": " + r.message());
        }
        long other = TestSchool.create(registry, ExtractFixtures.OTHER_SCHOOL);
        for (ImportResult r : journalImport.applyAll(other, ExtractFixtures.otherSchool(ExtractFixtures.version()))) {
            assertFalse(r.isRejected(), r.kind() + " " + r.sourcedId() + ": " + r.message());
        }
        TestSchool.inTransaction(() -> {
            School school = schools.school(schoolId).orElseThrow();
            for (Child child : ExtractFixtures.CHILDREN) {
                if (child.consent() != null) {
                    consents.record(guardian(school, child), ConsentDecision.valueOf(child.consent()),
                            ConsentForm.PAPER, ExtractFixtures.today().minusDays(30), "Заявление " + child.guardian(),
                            "it-extracts");
                }
            }
            if (!accounts.exists(ExtractFixtures.STAFF)) {
                accounts.create(ExtractFixtures.STAFF, (ExtractFixtures.STAFF + ExtractFixtures.PASSWORD_SUFFIX)
                        .toCharArray(), "Секретарь", Set.of(Role.SCHOOL_ADMIN), school, null, null, null,
                        "it-extracts");
            }
            if (!accounts.exists(ExtractFixtures.PARENT)) {
                accounts.create(ExtractFixtures.PARENT, (ExtractFixtures.PARENT + ExtractFixtures.PASSWORD_SUFFIX)
                        .toCharArray(), "Волкова Елена", Set.of(Role.PARENT), school, null,
                        guardian(school, ExtractFixtures.VOLKOV), null, "it-extracts");
            }
            return null;
        });
    }

    // ---------------------------------------------------------------------------------------------------------------
    // the office prints

    @Test
    @Order(2)
    @RunAsClient
    void theOfficePrintsThePaperListOfAClassAndEveryFigureIsRight() throws Exception {
        try (ExtractScreens page = ExtractScreens.officeAtTheClassExtracts(base)) {
            assertEquals(ExtractFixtures.CLASS_NAME, page.selectedClass(), "the paper list's link chose the class");
            studentIds = page.students();
            runningPeriodId = page.periodId(ExtractFixtures.RUNNING_PERIOD);
            page.choosePeriod(ExtractFixtures.RUNNING_PERIOD);

            String message = page.printClass();
            Matcher issued = ISSUED.matcher(message);
            assertTrue(issued.find(), message);
            assertEquals(ExtractFixtures.ON_PAPER.size(), Integer.parseInt(issued.group(1)), message);
            int first = Integer.parseInt(issued.group(2));
            String year = issued.group(3);
            assertEquals(String.valueOf(ExtractFixtures.yearStart().getYear()), year);
            assertEquals(first + ExtractFixtures.ON_PAPER.size() - 1, Integer.parseInt(issued.group(4)),
                    "numbers follow each other: " + message);

            ExtractScreens.Download file = page.fetch(page.download());
            assertEquals(200, file.status());
            assertEquals("application/pdf", file.contentType());
            List<String> children = childrenOf(file.body());
            assertEquals(ExtractFixtures.ON_PAPER.size(), children.size());
            for (int i = 0; i < children.size(); i++) {
                Child child = ExtractFixtures.ON_PAPER.get(i);
                String number = String.format("%04d/%s", first + i, year);
                checkExtract(children.get(i), child, number);
            }
            assertFalse(String.join(" ", children).contains(ExtractFixtures.VOLKOV.fullName()),
                    "a guardian with consent and an account is not on the paper list");

            // the QR code of Sokolova's first page, rendered and decoded
            int sokolovaPage = startPages(file.body()).get(ExtractFixtures.ON_PAPER.indexOf(ExtractFixtures.SOKOLOVA));
            sokolovaVerifyUrl = PdfReading.qr(file.body(), sokolovaPage);
            assertTrue(sokolovaVerifyUrl.startsWith(base + "verify/"), sokolovaVerifyUrl);
            String verdict = publicGet(sokolovaVerifyUrl).body();
            assertTrue(verdict.contains("Документ подлинный"), verdict);
            String sokolovaNumber = String.format("%04d/%s", first + 2, year);
            assertTrue(verdict.contains(sokolovaNumber), verdict);
            assertFalse(verdict.contains("Соколова"), "the public page shows no personal data");

            // printing again today gives the same documents: same numbers, same content
            String again = page.printClass();
            assertTrue(again.contains(issued.group(0)), "the same numbers again: " + again);
            List<String> reprinted = childrenOf(page.fetch(page.download()).body());
            assertEquals(children, reprinted);

            // the register: a line per extract, the file's SHA-256, the re-print is byte for byte the same file
            page.reload();
            Map<String, String> register = page.register();
            for (int i = 0; i < children.size(); i++) {
                String line = register.get(String.format("%04d/%s", first + i, year));
                assertNotNull(line, "register: " + register);
                assertTrue(line.contains(ExtractFixtures.ON_PAPER.get(i).fullName()), line);
                assertTrue(line.contains(ExtractFixtures.ON_PAPER.get(i).guardianLast()), line);
                assertTrue(line.contains(ExtractFixtures.RUNNING_PERIOD), line);
                assertTrue(line.contains(ExtractFixtures.STAFF), line);
            }
            String[] sokolova = page.registerFile(sokolovaNumber);
            byte[] once = page.fetch(sokolova[1]).body();
            byte[] twice = page.fetch(sokolova[1]).body();
            assertArrayEquals(once, twice);
            assertEquals(sokolova[0], HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(once)));
            assertEquals(sokolovaVerifyUrl, PdfReading.qr(once, 1));
        }
    }

    @Test
    @Order(3)
    @RunAsClient
    void badInputGivesAClearMessageAndRegistersNothing() throws Exception {
        try (ExtractScreens page = ExtractScreens.officeAtTheClassExtracts(base)) {
            int lines = page.register().size();

            page.chooseRange(ExtractFixtures.RUSSIAN.format(ExtractFixtures.today()),
                    ExtractFixtures.RUSSIAN.format(ExtractFixtures.today().minusDays(5)));
            assertTrue(page.printClass().contains("заканчивается"), page.messages());
            assertNull(page.download());

            page.chooseRange(ExtractFixtures.RUSSIAN.format(ExtractFixtures.yearStart().minusDays(10)),
                    ExtractFixtures.RUSSIAN.format(ExtractFixtures.today()));
            assertTrue(page.printClass().contains("выходит за учебный год"), page.messages());

            page.chooseRange(ExtractFixtures.RUSSIAN.format(ExtractFixtures.yearStart().minusDays(10)),
                    ExtractFixtures.RUSSIAN.format(ExtractFixtures.yearEnd().plusDays(10)));
            assertTrue(page.printClass().contains("длиннее учебного года"), page.messages());

            page.chooseClass(ExtractFixtures.EMPTY_CLASS_NAME);
            page.choosePeriod(ExtractFixtures.RUNNING_PERIOD);
            assertTrue(page.printClass().contains("нет родителей из списка на бумаге"), page.messages());

            page.reload();
            assertEquals(lines, page.register().size(), "nothing was registered");
        }
    }

    @Test
    @Order(4)
    @RunAsClient
    void aGuardianWithConsentDownloadsTheirChildsExtractAndNobodyElses() throws Exception {
        WebSession parent = WebSession.signIn(base, ExtractFixtures.PARENT,
                ExtractFixtures.PARENT + ExtractFixtures.PASSWORD_SUFFIX);
        String own = studentIds.get(ExtractFixtures.VOLKOV.fullName());
        String marksPage = parent.get("parent/marks.xhtml?student=" + own + "&period=" + runningPeriodId).body();
        assertTrue(marksPage.contains("Скачать выписку (PDF)"), marksPage);

        HttpResponse<byte[]> extract = parent.getBytes("parent/extract?student=" + own + "&period=" + runningPeriodId);
        assertEquals(200, extract.statusCode());
        assertEquals("application/pdf", extract.headers().firstValue("Content-Type").orElse(""));
        String text = PdfReading.text(extract.body());
        assertTrue(text.contains(ExtractFixtures.VOLKOV.fullName() + ", " + ExtractFixtures.CLASS_NAME + " класс"),
                text);
        for (MarkSpec mark : ExtractFixtures.running(ExtractFixtures.VOLKOV, ExtractFixtures.MATHS)) {
            assertTrue(text.contains(mark.line()), mark.line() + " in " + text);
        }

        String other = studentIds.get(ExtractFixtures.SOKOLOVA.fullName());
        assertEquals(403, parent.getBytes("parent/extract?student=" + other + "&period=" + runningPeriodId)
                .statusCode());
    }

    // ---------------------------------------------------------------------------------------------------------------
    // inside the server: the audit log, then the stored hash altered

    @Test
    @Order(5)
    void everyIssueAndTheRefusalAreAuditedAnotherSchoolsStudentIsRefusedThenTheHashIsAltered() throws Exception {
        long schoolId = TestSchool.create(registry, ExtractFixtures.SCHOOL);
        long sokolova = sokolovaId();
        List<AuditEntry> issued = new ArrayList<>();
        issued.addAll(audit.find(schoolId, ExtractFixtures.STAFF, "PAPER_EXTRACT_ISSUED", "student:" + sokolova,
                null, null, 10));
        issued.addAll(audit.find(schoolId, ExtractFixtures.STAFF, "PAPER_EXTRACT_REPRINTED", "student:" + sokolova,
                null, null, 10));
        assertFalse(issued.isEmpty(), "the issue of Sokolova's extract is audited");
        assertTrue(issued.get(0).getDetails().startsWith("№ "), issued.get(0).getDetails());
        assertFalse(audit.find(schoolId, ExtractFixtures.PARENT, "ACCESS_DENIED", "student:" + sokolova, null, null,
                10).isEmpty(), "the parent's request for another child is audited");

        // a student of another school: refused, nothing registered
        long otherSchool = TestSchool.create(registry, ExtractFixtures.OTHER_SCHOOL);
        long stranger = TestSchool.inTransaction(() -> schools.student(schools.school(otherSchool).orElseThrow(),
                "o-s1").orElseThrow().getId());
        int registered = extracts.register(schoolId).size();
        Refusal refused = assertThrows(Refusal.class, () -> extracts.forStudent(schoolId, stranger,
                new ExtractRequest(null, null, null, ExtractFixtures.STAFF, "127.0.0.1", base.toString())));
        assertEquals("extract.student.foreign", refused.messageKey());
        assertEquals(registered, extracts.register(schoolId).size());
        assertTrue(extracts.register(otherSchool).isEmpty());

        // one character of the stored SHA-256 of Sokolova's latest extract changes
        alterHash(sokolova, true);
    }

    @Test
    @Order(6)
    @RunAsClient
    void anAlteredRegisterSaysTheDocumentIsNotGenuine() throws Exception {
        String verdict = publicGet(sokolovaVerifyUrl).body();
        assertTrue(verdict.contains("не подлинный"), verdict);
    }

    @Test
    @Order(7)
    void theHashIsPutBack() throws Exception {
        alterHash(sokolovaId(), false);
    }

    @Test
    @Order(8)
    @RunAsClient
    void unknownCodesAreNotFoundAndGuessingIsRateLimited() throws Exception {
        assertTrue(publicGet(sokolovaVerifyUrl).body().contains("Документ подлинный"), "the hash is back");
        HttpResponse<String> unknown = publicGet(base + "verify/AAAAAAAAAAAAAAAA");
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains("Документ не найден"), unknown.body());
        assertTrue(publicGet(base + "verify/%3Cscript%3E").body().contains("Документ не найден"));
        int refused = 0;
        for (int i = 0; i < 40; i++) {
            if (publicGet(base + "verify/GUESS" + i).statusCode() == 429) {
                refused++;
            }
        }
        assertTrue(refused > 0, "guessing codes is rate-limited");
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** Checks one child's extract against the records the test sent. */
    private static void checkExtract(String text, Child child, String number) {
        assertTrue(text.contains("Выписка из электронного дневника"), text);
        assertTrue(text.contains("№ " + number + " от " + ExtractFixtures.RUSSIAN.format(ExtractFixtures.today())),
                text);
        assertTrue(text.contains(child.fullName() + ", " + ExtractFixtures.CLASS_NAME + " класс"), text);
        assertTrue(text.contains("Муниципальное общеобразовательное учреждение «Школа " + ExtractFixtures.SCHOOL + "»"),
                text);
        for (String subject : List.of(ExtractFixtures.MATHS, ExtractFixtures.RUSSIAN_LANGUAGE)) {
            List<MarkSpec> marks = ExtractFixtures.running(child, subject);
            for (MarkSpec mark : marks) {
                assertTrue(text.contains(mark.line()), child.fullName() + ": «" + mark.line() + "» in " + text);
            }
            if (!marks.isEmpty()) {
                assertTrue(text.contains("Средний взвешенный балл: " + ExtractFixtures.expectedAverage(marks)),
                        child.fullName() + " " + subject + " " + ExtractFixtures.expectedAverage(marks) + " in "
                                + text);
            }
            Integer forecast = ExtractFixtures.expectedForecast(marks);
            assertTrue(text.contains(forecast == null ? "Прогноз итоговой оценки: нет."
                    : "Прогноз итоговой оценки: «" + forecast + "»."), child.fullName() + " " + subject + " " + text);
        }
        assertFalse(text.contains(ExtractFixtures.DICTATION + " 1"), "a mark of the finished quarter is not listed");
        assertTrue(text.contains(ExtractFixtures.RUSSIAN.format(ExtractFixtures.comingMonday()) + " 1 "
                + ExtractFixtures.MATHS + " Замена: ведёт Иванова Н. О. вместо Петрова О. С. "
                + ExtractFixtures.REASON),
                text);
        assertTrue(text.contains("Классный руководитель: Петрова Ольга Сергеевна"), text);
        assertTrue(text.contains("Обратная связь"), text);
        assertTrue(text.contains("Выписка № " + number), text);
        if (child == ExtractFixtures.SOKOLOVA) {
            assertTrue(text.contains(ExtractFixtures.MATHS + " 5 (новое)"), "the first quarter's grade: " + text);
            assertTrue(text.contains("оценка 4, 14 балл. (новое)"), text);
            assertTrue(text.contains(ExtractFixtures.MATHS + " 1 1"), "one absence «Н» in maths: " + text);
        }
    }

    /** The first page of every child in a class file (where «Выписка из электронного дневника» heads the page). */
    private static List<Integer> startPages(byte[] pdf) throws Exception {
        List<Integer> starts = new ArrayList<>();
        int pages = PdfReading.pages(pdf);
        for (int p = 1; p <= pages; p++) {
            if (PdfReading.text(pdf, p, p).contains("Выписка из электронного дневника")) {
                starts.add(p);
                assertEquals(1, p % 2, "every child starts on an odd page, the front of a sheet: page " + p);
            }
        }
        return starts;
    }

    /** The text of each child's pages in a class file. */
    private static List<String> childrenOf(byte[] pdf) throws Exception {
        List<Integer> starts = startPages(pdf);
        List<String> children = new ArrayList<>();
        int pages = PdfReading.pages(pdf);
        for (int i = 0; i < starts.size(); i++) {
            children.add(PdfReading.text(pdf, starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) - 1 : pages));
        }
        return children;
    }

    private static HttpResponse<String> publicGet(String url) throws Exception {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sokolova's id in the test school (inside the server). */
    private long sokolovaId() throws Exception {
        long schoolId = TestSchool.create(registry, ExtractFixtures.SCHOOL);
        return TestSchool.inTransaction(() -> schools.student(schools.school(schoolId).orElseThrow(),
                ExtractFixtures.SOKOLOVA.student()).orElseThrow().getId());
    }

    private Guardian guardian(School school, Child child) {
        return guardians.bySourcedId(school, child.guardian()).orElseThrow();
    }

    /** Changes (or restores) the stored SHA-256 of the student's latest extract, as someone editing the database. */
    private static void alterHash(long studentId, boolean alter) throws Exception {
        DataSource data = (DataSource) new InitialContext().lookup("jdbc/ediary");
        TestSchool.inTransaction(() -> {
            try (Connection c = data.getConnection();
                 PreparedStatement find = c.prepareStatement("SELECT id, sha256, document FROM paper_extract"
                         + " WHERE student_id = ? ORDER BY id DESC")) {
                find.setLong(1, studentId);
                try (ResultSet rs = find.executeQuery()) {
                    assertTrue(rs.next(), "Sokolova has an extract");
                    long id = rs.getLong(1);
                    String stored = rs.getString(2);
                    String real = HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                            .digest(rs.getBytes(3)));
                    String replacement = alter ? (stored.charAt(0) == '0' ? "1" : "0") + stored.substring(1) : real;
                    try (PreparedStatement update = c.prepareStatement(
                            "UPDATE paper_extract SET sha256 = ? WHERE id = ?")) {
                        update.setString(1, replacement);
                        update.setLong(2, id);
                        assertEquals(1, update.executeUpdate());
                    }
                }
            }
            return null;
        });
    }
}
