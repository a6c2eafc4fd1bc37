package ru.ediary.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.ediary.audit.application.AuditBrowser;
import ru.ediary.demo.application.DemoJournalGenerator;
import ru.ediary.diary.application.ChildDiary;
import ru.ediary.diary.application.DiaryWeek;
import ru.ediary.diary.application.FinalGrades;
import ru.ediary.diary.application.MarksBySubject;
import ru.ediary.diary.application.PeriodChoice;
import ru.ediary.diary.application.SubjectForecast;
import ru.ediary.family.application.ConsentRegister;
import ru.ediary.family.model.GuardianRepository;
import ru.ediary.identity.application.AccountRegistry;
import ru.ediary.importing.application.JournalImport;
import ru.ediary.importing.model.RecordKind;
import ru.ediary.importing.model.SourcedRecord;
import ru.ediary.school.application.SchoolRegistry;
import ru.ediary.school.model.SchoolDirectory;

/**
 * The cabinet's read side inside Liberty, on a fresh school holding a whole school year (the demo generator's
 * journal up to late May, sent through the ordinary import): what the diary shows is checked against the journal
 * records themselves, deletions and changes are followed, pages are timed, and access is refused where it must be.
 */
@ExtendWith(ArquillianExtension.class)
class CabinetReadSideIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.ediary().addClasses(CabinetReadSideIT.class, WebSession.class, FullYearCabinet.class);
    }

    @Inject
    SchoolRegistry registry;

    @Inject
    JournalImport journalImport;

    @Inject
    SchoolDirectory directory;

    @Inject
    ChildDiary diary;

    @Inject
    AccountRegistry accounts;

    @Inject
    GuardianRepository guardians;

    @Inject
    ConsentRegister consents;

    @Inject
    AuditBrowser audit;

    @ArquillianResource
    URL base;

    /** One full-year school for all the tests of this class (importing it takes a while). */
    private static FullYearCabinet fixture;

    private synchronized FullYearCabinet fixture() throws Exception {
        if (fixture == null) {
            fixture = FullYearCabinet.prepare(registry, journalImport, directory, accounts, guardians, consents);
        }
        return fixture;
    }

    @Test
    void marksOfTheWholeYearAreTheJournalsWithTheirWeightedAverages() throws Exception {
        FullYearCabinet f = fixture();
        Map<String, List<SourcedRecord>> byKind = f.journal().records().stream()
                .collect(Collectors.groupingBy(r -> r.kind().name()));
        Map<String, String> subjectOfLesson = index(byKind, RecordKind.LESSON, r -> r.fields().get("subject"));
        Map<String, String> subjectName = index(byKind, RecordKind.SUBJECT, r -> r.fields().get("name"));
        Map<String, String> workTypeWeight = index(byKind, RecordKind.WORK_TYPE, r -> r.fields().get("weight"));
        Map<String, List<String[]>> expected = new LinkedHashMap<>(); // subject name → [value, weight]
        for (SourcedRecord mark : byKind.get(RecordKind.MARK.name())) {
            if (!mark.fields().get("student").equals(DemoJournalGenerator.DEMO_STUDENT)) {
                continue;
            }
            String weight = mark.fields().getOrDefault("weight",
                    workTypeWeight.getOrDefault(mark.fields().get("workType"), "1"));
            expected.computeIfAbsent(subjectName.get(subjectOfLesson.get(mark.fields().get("lesson"))),
                    k -> new ArrayList<>()).add(new String[] {mark.fields().get("value"), weight});
        }
        assertTrue(expected.values().stream().mapToInt(List::size).sum() > 100,
                "a whole year of a fourth-grader's marks: " + expected.values().stream().mapToInt(List::size).sum());

        MarksBySubject year = diary.marksBySubject(f.artem(), yearPeriod(f.artem()).id(), FullYearCabinet.LATE_MAY);
        for (Map.Entry<String, List<String[]>> e : expected.entrySet()) {
            SubjectForecast shown = year.subjects().stream().filter(s -> s.subject().equals(e.getKey())).findFirst()
                    .orElseThrow(() -> new AssertionError("no marks shown for " + e.getKey()));
            assertEquals(e.getValue().size(), shown.marks().size(), e.getKey());
            BigDecimal sum = BigDecimal.ZERO;
            BigDecimal weights = BigDecimal.ZERO;
            for (String[] mark : e.getValue()) {
                if (mark[0].matches("[1-5]")) {
                    sum = sum.add(new BigDecimal(mark[0]).multiply(new BigDecimal(mark[1])));
                    weights = weights.add(new BigDecimal(mark[1]));
                }
            }
            BigDecimal average = sum.divide(weights, 2, RoundingMode.HALF_UP);
            assertEquals(average, shown.average(), e.getKey());
            int grade = average.compareTo(new BigDecimal("4.5")) >= 0 ? 5
                    : average.compareTo(new BigDecimal("3.5")) >= 0 ? 4 : average.compareTo(new BigDecimal("2.5")) >= 0
                    ? 3 : 2;
            assertEquals(grade, shown.grade(), e.getKey() + " " + average);
        }

        // The journal deletes one mark and corrects a lesson's topic: the diary follows.
        SourcedRecord deleted = byKind.get(RecordKind.MARK.name()).stream()
                .filter(r -> r.fields().get("student").equals(DemoJournalGenerator.DEMO_STUDENT)).findFirst()
                .orElseThrow();
        SourcedRecord lesson = byKind.get(RecordKind.LESSON.name()).stream()
                .filter(r -> r.sourcedId().equals(deleted.fields().get("lesson"))).findFirst().orElseThrow();
        journalImport.apply(f.schoolId(), SourcedRecord.deletion(RecordKind.MARK, deleted.sourcedId(), 2));
        SourcedRecord.Builder corrected = SourcedRecord.of(RecordKind.LESSON, lesson.sourcedId(), 2);
        lesson.fields().forEach(corrected::with);
        journalImport.apply(f.schoolId(), corrected.with("topic", "Исправленная тема урока").build());

        LocalDate lessonDate = LocalDate.parse(lesson.fields().get("date"));
        String subject = subjectName.get(lesson.fields().get("subject"));
        MarksBySubject after = diary.marksBySubject(f.artem(), yearPeriod(f.artem()).id(), FullYearCabinet.LATE_MAY);
        assertEquals(expected.get(subject).size() - 1, after.subjects().stream()
                .filter(s -> s.subject().equals(subject)).findFirst().orElseThrow().marks().size(),
                "the deleted mark is gone");
        DiaryWeek week = diary.week(f.artem(), lessonDate);
        assertTrue(week.days().stream().flatMap(d -> d.entries().stream())
                .anyMatch(x -> x.subject().equals(subject) && "Исправленная тема урока".equals(x.topic())),
                "the corrected topic is shown");
    }

    @Test
    void theLastWeekShowsItsChangesAndTheSisterHerDeferral() throws Exception {
        FullYearCabinet f = fixture();
        DiaryWeek week = diary.week(f.artem(), FullYearCabinet.LATE_MAY);
        Set<String> kinds = week.days().stream().flatMap(d -> d.entries().stream())
                .filter(e -> e.change() != null).map(e -> e.change().kind()).collect(Collectors.toSet());
        assertTrue(kinds.containsAll(Set.of("SUBSTITUTION", "CANCELLATION")), kinds.toString());
        DiaryWeek.Entry substitution = week.days().stream().flatMap(d -> d.entries().stream())
                .filter(e -> e.change() != null && e.change().kind().equals("SUBSTITUTION")).findFirst().orElseThrow();
        assertNotNull(substitution.change().originalTeacher());
        assertFalse(substitution.change().originalTeacher().equals(substitution.teacher()));
        assertTrue(week.days().stream().flatMap(d -> d.entries().stream()).anyMatch(DiaryWeek.Entry::cancelled));

        DiaryWeek sisters = diary.week(f.polina(), FullYearCabinet.LATE_MAY);
        assertTrue(sisters.days().stream().flatMap(d -> d.entries().stream())
                .anyMatch(e -> e.movedAway() && e.change().kind().equals("MOVE")), "the place the lesson left");
        assertTrue(sisters.days().stream().flatMap(d -> d.entries().stream())
                .anyMatch(e -> !e.movedAway() && e.change() != null && e.change().kind().equals("MOVE")
                        && e.change().originalDate() != null), "the lesson where it went, with where it came from");

        FinalGrades grades = diary.finalGrades(f.polina(), FullYearCabinet.LATE_MAY);
        FinalGrades.Row math = grades.rows().stream().filter(r -> r.subject().equals("Математика")).findFirst()
                .orElseThrow();
        int q3 = indexOf(grades.periods(), "3 четверть");
        assertTrue(math.cells().get(q3).deferred(), "the third quarter's mathematics is deferred");
        assertEquals(FullYearCabinet.LATE_MAY.plusDays(14), math.cells().get(q3).deadline());
        assertTrue(grades.deferrals().stream().anyMatch(d -> d.active() && d.reason().equals("болезнь")));
        assertFalse(math.cells().get(indexOf(grades.periods(), "1 четверть")).isBlank(),
                "the first quarter has its grade");
    }

    @Test
    void everyPageShowsTheGuardiansOwnChildAndNoOtherChild() throws Exception {
        FullYearCabinet f = fixture();
        PeriodChoice year = yearPeriod(f.artem());
        WebSession parent = WebSession.signIn(base, f.parentLogin(), f.parentLogin());
        for (String page : FullYearCabinet.pages(f, year)) {
            HttpResponse<String> response = parent.get(page);
            assertEquals(200, response.statusCode(), page + ": " + response.body());
            assertTrue(response.body().contains("Смирнов Артём"), page);
        }

        // Another child's id in the URL: 403, and the refusal is in the audit log.
        HttpResponse<String> foreign = parent.get("parent/week.xhtml?student=" + f.classmate());
        assertEquals(403, foreign.statusCode());
        assertTrue(foreign.body().contains("Нет доступа"), foreign.body());
        assertFalse(foreign.body().contains("Смирнов Артём"));
        assertEquals(403, parent.get("parent/marks.xhtml?student=" + f.classmate() + "&period=" + year.id())
                .statusCode());
        assertEquals(2, audit.find(f.schoolId(), f.parentLogin(), "ACCESS_DENIED", "student:" + f.classmate(), null,
                null).size(), "each refusal is recorded");

        // A guardian who refused consent sees the explanation only, even for their own child.
        WebSession refusing = WebSession.signIn(base, f.refusingLogin(), f.refusingLogin());
        for (String page : List.of("parent/index.xhtml", "parent/week.xhtml", "parent/marks.xhtml")) {
            HttpResponse<String> response = refusing.get(page);
            assertEquals(200, response.statusCode(), page);
            assertTrue(response.body().contains("Нужно согласие на обработку персональных данных"), page);
            assertTrue(response.body().contains("/parent/consent.xhtml"), page);
            assertTrue(response.body().contains("выписки из журнала"), page);
            assertFalse(response.body().contains(f.refusingChildName()), page + " shows no child's data");
        }
    }

    private PeriodChoice yearPeriod(long student) {
        return diary.marksBySubject(student, null, FullYearCabinet.LATE_MAY).periods().stream()
                .filter(p -> p.kind().equals("YEAR")).findFirst().orElseThrow();
    }

    private static int indexOf(List<PeriodChoice> periods, String name) {
        for (int i = 0; i < periods.size(); i++) {
            if (periods.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no period " + name + " in " + periods);
    }

    private static Map<String, String> index(Map<String, List<SourcedRecord>> byKind, RecordKind kind,
                                             java.util.function.Function<SourcedRecord, String> value) {
        Map<String, String> map = new HashMap<>();
        byKind.getOrDefault(kind.name(), List.of()).forEach(r -> map.put(r.sourcedId(), value.apply(r)));
        return map;
    }
}
