package ru.ediary.it.assessment;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.ediary.importing.model.RecordKind;
import ru.ediary.importing.model.SourcedRecord;
import ru.ediary.it.ServerClock;

/**
 * The school of the final-grade completeness test as its journal records it: a year around today, «1 четверть»
 * finished ten days ago, the second running, the third not begun. Class «6Ф» learns maths and Russian, its group 1
 * (Андреев, Борисова) English, Васильев by his individual plan music; class «6Х» learns maths. The first quarter's
 * final grades leave a deliberate gap (Борисова, English), an active deferral (Васильев, music), an overdue one
 * (Григорьева, Russian), a deferral closed by a grade (Андреев, maths), and a suspicious grade (Дмитриев, Russian,
 * not taught in «6Х»). Everything the test expects is computed from these lists by {@link Expected}.
 */
final class FinalGradeFixtures {

    static final String SCHOOL = "it-assess-finals";
    static final String OTHER_SCHOOL = "it-assess-finals-other";
    static final String STAFF = "it.finals.admin";
    static final String PASSWORD = "it.finals.admin-Пароль-2026";
    static final String YEAR_NAME = "Год итогов";
    static final String Q1_NAME = "1 четверть";
    static final DateTimeFormatter RUSSIAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    record Pupil(String id, String last, String first, String classId) {
        String name() {
            return last + " " + first;
        }
    }

    record SchoolClassSpec(String id, String name, List<String> subjects) {
    }

    /** A final grade of the first quarter. */
    record GradeSpec(String student, String subject, String value, int daysAgo) {
    }

    /** A deferral of the first quarter; the deadline is today plus {@code deadlineInDays}. */
    record DeferralSpec(String student, String subject, String reason, int deadlineInDays) {
    }

    static final Map<String, String> SUBJECTS = new LinkedHashMap<>();

    static {
        SUBJECTS.put("f-math", "Математика");
        SUBJECTS.put("f-rus", "Русский язык");
        SUBJECTS.put("f-eng", "Английский язык");
        SUBJECTS.put("f-mus", "Музыка");
    }

    static final List<SchoolClassSpec> CLASSES = List.of(
            new SchoolClassSpec("f-c6f", "6Ф", List.of("f-math", "f-rus")),
            new SchoolClassSpec("f-c6h", "6Х", List.of("f-math")));

    static final List<Pupil> PUPILS = List.of(
            new Pupil("f-s1", "Андреев", "Борис", "f-c6f"), new Pupil("f-s2", "Борисова", "Вера", "f-c6f"),
            new Pupil("f-s3", "Васильев", "Глеб", "f-c6f"), new Pupil("f-s4", "Григорьева", "Дарья", "f-c6f"),
            new Pupil("f-s5", "Дмитриев", "Егор", "f-c6h"), new Pupil("f-s6", "Егорова", "Жанна", "f-c6h"));

    static final String GROUP = "f-g1";
    static final String GROUP_CLASS = "f-c6f";
    static final String GROUP_SUBJECT = "f-eng";
    static final List<String> GROUP_MEMBERS = List.of("f-s1", "f-s2");

    static final String PLAN = "f-p1";
    static final String PLAN_STUDENT = "f-s3";
    static final String PLAN_SUBJECT = "f-mus";

    static final List<GradeSpec> GRADES = List.of(
            new GradeSpec("f-s1", "f-math", "4", 1), new GradeSpec("f-s1", "f-rus", "5", 8),
            new GradeSpec("f-s1", "f-eng", "5", 8),
            new GradeSpec("f-s2", "f-math", "3", 8), new GradeSpec("f-s2", "f-rus", "4", 8),
            new GradeSpec("f-s3", "f-math", "5", 8), new GradeSpec("f-s3", "f-rus", "зач", 8),
            new GradeSpec("f-s4", "f-math", "н/а", 8),
            new GradeSpec("f-s5", "f-math", "осв", 8), new GradeSpec("f-s5", "f-rus", "5", 8),
            new GradeSpec("f-s6", "f-math", "2", 8));

    static final List<DeferralSpec> DEFERRALS = List.of(
            new DeferralSpec("f-s3", "f-mus", "болезнь", 10),
            new DeferralSpec("f-s4", "f-rus", "санаторное лечение", -2),
            new DeferralSpec("f-s1", "f-math", "болезнь", -3));

    private FinalGradeFixtures() {
    }

    static LocalDate today() {
        return ServerClock.today();
    }

    static LocalDate yearStart() {
        return today().minusDays(60);
    }

    static LocalDate q1End() {
        return today().minusDays(10);
    }

    static LocalDate q3Start() {
        return today().plusDays(30);
    }

    static LocalDate yearEnd() {
        return today().plusDays(120);
    }

    static long version() {
        return ServerClock.clock().millis();
    }

    static Pupil pupil(String id) {
        return PUPILS.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    static String className(String classId) {
        return CLASSES.stream().filter(c -> c.id().equals(classId)).findFirst().orElseThrow().name();
    }

    static List<SourcedRecord> journal(long v) {
        List<SourcedRecord> r = new ArrayList<>();
        r.add(SourcedRecord.of(RecordKind.SCHOOL_YEAR, "f-y", v).with("name", YEAR_NAME)
                .with("startsOn", yearStart().toString()).with("endsOn", yearEnd().toString()).build());
        r.add(period("f-q1", 1, Q1_NAME, yearStart(), q1End(), v));
        r.add(period("f-q2", 2, "2 четверть", q1End().plusDays(1), q3Start().minusDays(1), v));
        r.add(period("f-q3", 3, "3 четверть", q3Start(), yearEnd(), v));
        for (Map.Entry<String, String> s : SUBJECTS.entrySet()) {
            r.add(SourcedRecord.of(RecordKind.SUBJECT, s.getKey(), v).with("name", s.getValue()).build());
        }
        for (SchoolClassSpec c : CLASSES) {
            r.add(SourcedRecord.of(RecordKind.SCHOOL_CLASS, c.id(), v).with("schoolYear", "f-y").with("name", c.name())
                    .with("grade", 6).with("periodKind", "QUARTER").build());
        }
        for (Pupil p : PUPILS) {
            r.add(SourcedRecord.of(RecordKind.STUDENT, p.id(), v).with("lastName", p.last())
                    .with("firstName", p.first()).with("class", p.classId()).build());
        }
        r.add(SourcedRecord.of(RecordKind.STUDY_GROUP, GROUP, v).with("class", GROUP_CLASS)
                .with("subject", GROUP_SUBJECT).with("name", "группа 1").build());
        for (String member : GROUP_MEMBERS) {
            r.add(SourcedRecord.of(RecordKind.STUDY_GROUP_MEMBER, GROUP + "-" + member, v).with("group", GROUP)
                    .with("student", member).build());
        }
        r.add(SourcedRecord.of(RecordKind.INDIVIDUAL_PLAN, PLAN, v).with("student", PLAN_STUDENT)
                .with("name", "ИУП: музыка — Васильев Г.").with("validFrom", yearStart().toString()).build());
        // the curriculum plan of both running and finished quarters
        for (String q : List.of("f-q1", "f-q2")) {
            for (SchoolClassSpec c : CLASSES) {
                for (String subject : c.subjects()) {
                    r.add(plan("cp-" + q + "-" + c.id() + "-" + subject, subject, "class", c.id(), q, v));
                }
            }
            r.add(plan("cp-" + q + "-" + GROUP, GROUP_SUBJECT, "group", GROUP, q, v));
            r.add(plan("cp-" + q + "-" + PLAN, PLAN_SUBJECT, "plan", PLAN, q, v));
        }
        int n = 0;
        for (GradeSpec g : GRADES) {
            r.add(SourcedRecord.of(RecordKind.FINAL_GRADE, "f-fg" + (++n), v).with("student", g.student())
                    .with("subject", g.subject()).with("period", "f-q1").with("value", g.value())
                    .with("resultDate", today().minusDays(g.daysAgo()).toString()).build());
        }
        n = 0;
        for (DeferralSpec d : DEFERRALS) {
            r.add(SourcedRecord.of(RecordKind.DEFERRAL, "f-df" + (++n), v).with("student", d.student())
                    .with("subject", d.subject()).with("period", "f-q1").with("reason", d.reason())
                    .with("deadline", today().plusDays(d.deadlineInDays()).toString()).build());
        }
        return r;
    }

    /** Bad input: a final grade of the quarter not begun, one dated tomorrow, a deferral ending within its period. */
    static List<SourcedRecord> badInput(long v) {
        return List.of(SourcedRecord.of(RecordKind.FINAL_GRADE, "f-bad-future-period", v).with("student", "f-s6")
                        .with("subject", "f-math").with("period", "f-q3").with("value", "5")
                        .with("resultDate", today().toString()).build(),
                SourcedRecord.of(RecordKind.FINAL_GRADE, "f-bad-tomorrow", v).with("student", "f-s6")
                        .with("subject", "f-math").with("period", "f-q1").with("value", "5")
                        .with("resultDate", today().plusDays(1).toString()).build(),
                SourcedRecord.of(RecordKind.DEFERRAL, "f-bad-deadline", v).with("student", "f-s6")
                        .with("subject", "f-math").with("period", "f-q1").with("reason", "болезнь")
                        .with("deadline", q1End().minusDays(1).toString()).build());
    }

    static List<SourcedRecord> otherSchool(long v) {
        return List.of(SourcedRecord.of(RecordKind.SCHOOL_YEAR, "o-y", v).with("name", "Год")
                        .with("startsOn", yearStart().toString()).with("endsOn", yearEnd().toString()).build(),
                period("o-q1", 1, Q1_NAME, yearStart(), q1End(), v),
                SourcedRecord.of(RecordKind.SCHOOL_CLASS, "o-c", v).with("schoolYear", "o-y").with("name", "6Щ")
                        .with("grade", 6).with("periodKind", "QUARTER").build(),
                SourcedRecord.of(RecordKind.STUDENT, "o-s1", v).with("lastName", "Чужой")
                        .with("firstName", "Иван").with("class", "o-c").build());
    }

    private static SourcedRecord period(String id, int ordinal, String name, LocalDate from, LocalDate to, long v) {
        return SourcedRecord.of(RecordKind.ACADEMIC_PERIOD, id, v).with("schoolYear", id.startsWith("o-") ? "o-y"
                        : "f-y").with("kind", "QUARTER").with("ordinal", ordinal).with("name", name)
                .with("startsOn", from.toString()).with("endsOn", to.toString()).build();
    }

    private static SourcedRecord plan(String id, String subject, String audienceField, String audience, String period,
                                      long v) {
        return SourcedRecord.of(RecordKind.CURRICULUM_PLAN, id, v).with("subject", subject)
                .with(audienceField, audience).with("period", period).with("plannedLessons", 18).build();
    }

    /**
     * What the page must show for the first quarter, computed here from the lists above and not by the application:
     * rows as the page's cells joined by «|».
     */
    static final class Expected {

        final List<String> classes = new ArrayList<>();
        final List<String> gaps = new ArrayList<>();
        final List<String> deferrals = new ArrayList<>();
        int totalGaps;

        Expected() {
            LocalDate today = today();
            Map<String, Set<String>> taught = new LinkedHashMap<>();
            for (Pupil p : PUPILS) {
                Set<String> subjects = new LinkedHashSet<>(CLASSES.stream().filter(c -> c.id().equals(p.classId()))
                        .findFirst().orElseThrow().subjects());
                if (GROUP_MEMBERS.contains(p.id())) {
                    subjects.add(GROUP_SUBJECT);
                }
                if (PLAN_STUDENT.equals(p.id())) {
                    subjects.add(PLAN_SUBJECT);
                }
                taught.put(p.id(), subjects);
            }
            Map<String, GradeSpec> graded = new LinkedHashMap<>();
            GRADES.forEach(g -> graded.put(g.student() + "/" + g.subject(), g));
            Map<String, DeferralSpec> deferred = new LinkedHashMap<>();
            DEFERRALS.forEach(d -> deferred.put(d.student() + "/" + d.subject(), d));
            for (SchoolClassSpec c : CLASSES) {
                int students = 0;
                int due = 0;
                int given = 0;
                int covered = 0;
                int gapCount = 0;
                for (Pupil p : PUPILS) {
                    if (!p.classId().equals(c.id())) {
                        continue;
                    }
                    students++;
                    for (String subject : taught.get(p.id())) {
                        due++;
                        String key = p.id() + "/" + subject;
                        DeferralSpec d = deferred.get(key);
                        if (graded.containsKey(key)) {
                            given++;
                        } else if (d != null && d.deadlineInDays() >= 0) {
                            covered++;
                        } else {
                            gapCount++;
                            gaps.add(p.name() + "|" + c.name() + "|" + SUBJECTS.get(subject) + "|"
                                    + (d != null ? "отсрочка просрочена" : "нет оценки") + "|");
                        }
                    }
                    for (GradeSpec g : GRADES) {
                        if (g.student().equals(p.id()) && !taught.get(p.id()).contains(g.subject())) {
                            gapCount++;
                            gaps.add(p.name() + "|" + c.name() + "|" + SUBJECTS.get(g.subject())
                                    + "|оценка по неизучаемому предмету|" + g.value());
                        }
                    }
                }
                totalGaps += gapCount;
                classes.add(c.name() + "|" + students + "|" + due + "|" + given + "|" + covered + "|" + gapCount + "|"
                        + (gapCount == 0 ? "полные" : "пробелов: " + gapCount));
            }
            for (DeferralSpec d : DEFERRALS) {
                Pupil p = pupil(d.student());
                GradeSpec g = graded.get(d.student() + "/" + d.subject());
                String state = g != null ? "закрыта оценкой " + RUSSIAN.format(today.minusDays(g.daysAgo()))
                        : d.deadlineInDays() >= 0 ? "действует" : "просрочена";
                deferrals.add(p.name() + "|" + className(p.classId()) + "|" + SUBJECTS.get(d.subject()) + "|" + Q1_NAME
                        + "|" + d.reason() + "|" + RUSSIAN.format(today.plusDays(d.deadlineInDays())) + "|" + state);
            }
        }
    }
}
