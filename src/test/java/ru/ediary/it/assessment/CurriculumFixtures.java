package ru.ediary.it.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import ru.ediary.importing.model.RecordKind;
import ru.ediary.importing.model.SourcedRecord;
import ru.ediary.it.ServerClock;

/**
 * The school of the curriculum test as its journal records it, and the figures the page must show, computed here
 * from the records sent (not by the application): a class «6П» with an English group, a class «6Р»; a running
 * quarter with plan items; lessons held (three types), cancelled, still to come, one left unrecorded, a substitution,
 * a subject without a plan item (art) and a plan item without lessons (music); one lesson of the first quarter.
 */
final class CurriculumFixtures {

    static final String SCHOOL = "it-assess-plan";
    static final String OTHER_SCHOOL = "it-assess-plan-other";
    static final String STAFF = "it.plan.admin";
    static final String PASSWORD = "it.plan.admin-Пароль-2026";
    static final String RUNNING = "2 четверть";

    static final Map<String, String> AUDIENCES = Map.of("p-c1", "6П", "p-g1", "6П — английский, группа 1",
            "p-c2", "6Р");
    static final Map<String, String> SUBJECTS = Map.of("p-math", "Математика", "p-rus", "Русский язык",
            "p-eng", "Английский язык", "p-music", "Музыка", "p-art", "Изобразительное искусство");
    static final Map<String, String> TEACHERS = Map.of("p-t1", "Петрова О. С.", "p-t2", "Иванова Н. О.",
            "p-t3", "Смирнова А. П.");
    static final Map<String, String> TYPES = Map.of("p-lt-new", "Изучение нового материала",
            "p-lt-practice", "Практикум", "p-lt-control", "Контрольная работа");

    /** A plan item of the running quarter. */
    record Planned(String audience, String subject, int lessons) {
    }

    /** A lesson: audience, subject, teacher, type (or null), status, days from today, whether a substitution. */
    record Les(String audience, String subject, String teacher, String type, String status, int day,
               boolean substitution) {

        LocalDate date() {
            return today().plusDays(day);
        }
    }

    static final List<Planned> PLAN = List.of(new Planned("p-c1", "p-math", 16), new Planned("p-c1", "p-rus", 8),
            new Planned("p-g1", "p-eng", 6), new Planned("p-c1", "p-music", 4), new Planned("p-c2", "p-math", 10));

    static final List<Les> LESSONS = lessons();

    private static List<Les> lessons() {
        List<Les> l = new ArrayList<>();
        int day = -19;
        for (int i = 0; i < 5; i++) {
            l.add(new Les("p-c1", "p-math", "p-t1", "p-lt-new", "HELD", day++, false));
        }
        l.add(new Les("p-c1", "p-math", "p-t1", "p-lt-practice", "HELD", day++, false));
        l.add(new Les("p-c1", "p-math", "p-t1", "p-lt-practice", "HELD", day++, false));
        l.add(new Les("p-c1", "p-math", "p-t1", "p-lt-control", "HELD", day++, false));
        l.add(new Les("p-c1", "p-math", "p-t2", "p-lt-new", "HELD", day++, true)); // Ivanova stood in for Petrova
        l.add(new Les("p-c1", "p-math", "p-t1", "p-lt-new", "CANCELLED", day++, false));
        l.add(new Les("p-c1", "p-math", "p-t1", null, "PLANNED", -2, false)); // past, never marked held
        for (int i = 1; i <= 3; i++) {
            l.add(new Les("p-c1", "p-math", "p-t1", null, "PLANNED", i, false));
        }
        for (int i = 0; i < 4; i++) {
            l.add(new Les("p-c1", "p-rus", "p-t2", "p-lt-new", "HELD", -18 + i, false));
        }
        l.add(new Les("p-c1", "p-rus", "p-t2", "p-lt-practice", "HELD", -8, false));
        l.add(new Les("p-c1", "p-rus", "p-t2", "p-lt-practice", "HELD", -7, false));
        l.add(new Les("p-c1", "p-rus", "p-t2", null, "PLANNED", 2, false));
        for (int i = 0; i < 7; i++) {
            l.add(new Les("p-g1", "p-eng", "p-t3", "p-lt-practice", "HELD", -17 + i, false));
        }
        l.add(new Les("p-c1", "p-art", "p-t2", "p-lt-new", "HELD", -6, false));
        l.add(new Les("p-c1", "p-art", "p-t2", "p-lt-new", "HELD", -5, false));
        l.add(new Les("p-c2", "p-math", "p-t1", "p-lt-new", "HELD", -16, false));
        l.add(new Les("p-c2", "p-math", "p-t1", "p-lt-new", "HELD", -15, false));
        l.add(new Les("p-c2", "p-math", "p-t1", "p-lt-control", "HELD", -14, false));
        l.add(new Les("p-c1", "p-math", "p-t1", "p-lt-new", "HELD", -30, false)); // the first quarter
        return List.copyOf(l);
    }

    private CurriculumFixtures() {
    }

    static LocalDate today() {
        return ServerClock.today();
    }

    static LocalDate runningStart() {
        return today().minusDays(20);
    }

    static LocalDate runningEnd() {
        return today().plusDays(30);
    }

    static boolean running(Les l) {
        return !l.date().isBefore(runningStart()) && !l.date().isAfter(runningEnd());
    }

    // ---------------------------------------------------------------------------------------------------------------
    // the figures expected, from the records above

    /** A line of the plan table as expected. */
    record Row(String audience, String subject, String teachers, long planned, long held, long cancelled,
               long scheduled, long unrecorded, long deficit, long surplus, BigDecimal percent) {

        List<String> screen() {
            return List.of(audience, subject, teachers, "" + planned, "" + held, "" + cancelled, "" + scheduled,
                    "" + unrecorded, "" + deficit, "" + surplus, percentText(percent));
        }
    }

    static String percentText(BigDecimal p) {
        return p == null ? "—" : p.toPlainString().replace('.', ',');
    }

    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null : new BigDecimal(part * 100).divide(new BigDecimal(whole), 1, RoundingMode.HALF_UP);
    }

    /** The rows for the lessons and plan items passing {@code keep}: worst deficit first, then lower %, then name. */
    static List<Row> rows(java.util.function.Predicate<String[]> keep) {
        List<Row> rows = new ArrayList<>();
        for (Planned p : PLAN) {
            if (!keep.test(new String[] {p.audience(), p.subject()})) {
                continue;
            }
            List<Les> mine = LESSONS.stream().filter(l -> running(l) && l.audience().equals(p.audience())
                    && l.subject().equals(p.subject())).toList();
            long held = mine.stream().filter(l -> l.status().equals("HELD")).count();
            long cancelled = mine.stream().filter(l -> l.status().equals("CANCELLED")).count();
            long scheduled = mine.stream().filter(l -> l.status().equals("PLANNED") && l.day() >= 0).count();
            long unrecorded = mine.stream().filter(l -> l.status().equals("PLANNED") && l.day() < 0).count();
            Map<String, Long> byTeacher = mine.stream().filter(l -> l.status().equals("HELD"))
                    .collect(Collectors.groupingBy(l -> TEACHERS.get(l.teacher()), Collectors.counting()));
            String teachers = byTeacher.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                    .map(e -> e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining(", "));
            if (teachers.isEmpty()) {
                teachers = ASSIGNED.getOrDefault(p.audience() + "/" + p.subject(), "");
            }
            rows.add(new Row(AUDIENCES.get(p.audience()), SUBJECTS.get(p.subject()), teachers, p.lessons(), held,
                    cancelled, scheduled, unrecorded, Math.max(0, p.lessons() - held - scheduled),
                    Math.max(0, held + scheduled - p.lessons()), percent(held, p.lessons())));
        }
        rows.sort(Comparator.comparingLong((Row r) -> -r.deficit())
                .thenComparing(Row::percent, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Row::audience).thenComparing(Row::subject));
        return rows;
    }

    /** The total line: sums; deficits and surpluses summed row by row, never netted. */
    static Row total(List<Row> rows) {
        long planned = rows.stream().mapToLong(Row::planned).sum();
        long held = rows.stream().mapToLong(Row::held).sum();
        return new Row("Итого", "", "", planned, held, rows.stream().mapToLong(Row::cancelled).sum(),
                rows.stream().mapToLong(Row::scheduled).sum(), rows.stream().mapToLong(Row::unrecorded).sum(),
                rows.stream().mapToLong(Row::deficit).sum(), rows.stream().mapToLong(Row::surplus).sum(),
                percent(held, planned));
    }

    /** Lesson type → held lessons of the whole running quarter (planned subjects or not), largest first. */
    static Map<String, Long> types() {
        Map<String, Long> types = LESSONS.stream().filter(l -> running(l) && l.status().equals("HELD"))
                .collect(Collectors.groupingBy(l -> l.type() == null ? "Тип не указан" : TYPES.get(l.type()),
                        Collectors.counting()));
        Map<String, Long> sorted = new LinkedHashMap<>();
        types.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    static long heldInAll() {
        return LESSONS.stream().filter(l -> running(l) && l.status().equals("HELD")).count();
    }

    /** Teacher table lines: teacher, audience, subject, held, substitutions, cancelled, scheduled. */
    static List<List<String>> teacherLines() {
        Map<String, long[]> lines = new java.util.TreeMap<>();
        for (Les l : LESSONS) {
            if (!running(l)) {
                continue;
            }
            long[] t = lines.computeIfAbsent(TEACHERS.get(l.teacher()) + "\t" + AUDIENCES.get(l.audience()) + "\t"
                    + SUBJECTS.get(l.subject()), k -> new long[4]);
            switch (l.status()) {
                case "HELD" -> {
                    t[0]++;
                    t[1] += l.substitution() ? 1 : 0;
                }
                case "CANCELLED" -> t[2]++;
                default -> t[3] += l.day() >= 0 ? 1 : 0;
            }
        }
        List<List<String>> result = new ArrayList<>();
        lines.forEach((k, t) -> {
            List<String> line = new ArrayList<>(List.of(k.split("\t")));
            for (long n : t) {
                line.add("" + n);
            }
            result.add(line);
        });
        return result;
    }

    static final Map<String, String> ASSIGNED = Map.of("p-c1/p-math", "Петрова О. С.", "p-c1/p-rus",
            "Иванова Н. О.", "p-g1/p-eng", "Смирнова А. П.", "p-c2/p-math", "Петрова О. С.");

    // ---------------------------------------------------------------------------------------------------------------
    // the journal's records

    static long version() {
        return ServerClock.clock().millis();
    }

    static List<SourcedRecord> otherSchool(long version) {
        return List.of(SourcedRecord.of(RecordKind.SCHOOL_YEAR, "po-y", version).with("name", "Год")
                        .with("startsOn", today().minusDays(60).toString())
                        .with("endsOn", today().plusDays(120).toString()).build(),
                SourcedRecord.of(RecordKind.SCHOOL_CLASS, "po-c", version).with("schoolYear", "po-y")
                        .with("name", "9Ч").with("grade", 9).with("periodKind", "QUARTER").build());
    }

    static List<SourcedRecord> journal(long version) {
        List<SourcedRecord> r = new ArrayList<>();
        r.add(SourcedRecord.of(RecordKind.SCHOOL_YEAR, "p-y", version).with("name", "Год плана")
                .with("startsOn", today().minusDays(60).toString()).with("endsOn", today().plusDays(120).toString())
                .build());
        r.add(SourcedRecord.of(RecordKind.ACADEMIC_PERIOD, "p-q1", version).with("schoolYear", "p-y")
                .with("kind", "QUARTER").with("ordinal", 1).with("name", "1 четверть")
                .with("startsOn", today().minusDays(60).toString())
                .with("endsOn", runningStart().minusDays(1).toString()).build());
        r.add(SourcedRecord.of(RecordKind.ACADEMIC_PERIOD, "p-q2", version).with("schoolYear", "p-y")
                .with("kind", "QUARTER").with("ordinal", 2).with("name", RUNNING)
                .with("startsOn", runningStart().toString()).with("endsOn", runningEnd().toString()).build());
        String[][] teachers = {{"p-t1", "Петрова", "Ольга", "Сергеевна"}, {"p-t2", "Иванова", "Нина", "Олеговна"},
                {"p-t3", "Смирнова", "Анна", "Петровна"}};
        for (String[] t : teachers) {
            r.add(SourcedRecord.of(RecordKind.TEACHER, t[0], version).with("lastName", t[1]).with("firstName", t[2])
                    .with("middleName", t[3]).build());
        }
        r.add(SourcedRecord.of(RecordKind.SCHOOL_CLASS, "p-c1", version).with("schoolYear", "p-y").with("name", "6П")
                .with("grade", 6).with("periodKind", "QUARTER").build());
        r.add(SourcedRecord.of(RecordKind.SCHOOL_CLASS, "p-c2", version).with("schoolYear", "p-y").with("name", "6Р")
                .with("grade", 6).with("periodKind", "QUARTER").build());
        SUBJECTS.forEach((id, name) -> r.add(SourcedRecord.of(RecordKind.SUBJECT, id, version).with("name", name)
                .build()));
        r.add(SourcedRecord.of(RecordKind.STUDY_GROUP, "p-g1", version).with("class", "p-c1").with("subject", "p-eng")
                .with("name", "английский, группа 1").build());
        TYPES.forEach((id, name) -> r.add(SourcedRecord.of(RecordKind.LESSON_TYPE, id, version).with("name", name)
                .with("controlWork", id.equals("p-lt-control") ? "true" : "false").build()));
        r.add(assignment("p-ta1", "p-t1", "p-math", "class", "p-c1", version));
        r.add(assignment("p-ta2", "p-t2", "p-rus", "class", "p-c1", version));
        r.add(assignment("p-ta3", "p-t3", "p-eng", "group", "p-g1", version));
        r.add(assignment("p-ta4", "p-t1", "p-math", "class", "p-c2", version));
        int n = 0;
        for (Planned p : PLAN) {
            n++;
            r.add(SourcedRecord.of(RecordKind.CURRICULUM_PLAN, "p-plan" + n, version).with("subject", p.subject())
                    .with(p.audience().startsWith("p-g") ? "group" : "class", p.audience()).with("period", "p-q2")
                    .with("plannedLessons", p.lessons()).build());
        }
        n = 0;
        for (Les l : LESSONS) {
            n++;
            SourcedRecord.Builder lesson = SourcedRecord.of(RecordKind.LESSON, "p-l" + n, version)
                    .with(l.audience().startsWith("p-g") ? "group" : "class", l.audience())
                    .with("subject", l.subject()).with("teacher", l.teacher()).with("date", l.date().toString())
                    .with("slot", 1 + n % 7).with("status", l.status());
            if (l.type() != null) {
                lesson.with("lessonType", l.type());
            }
            r.add(lesson.build());
            if (l.substitution()) {
                r.add(SourcedRecord.of(RecordKind.TIMETABLE_CHANGE, "p-ch" + n, version).with("kind", "SUBSTITUTION")
                        .with("lesson", "p-l" + n).with("originalTeacher", "p-t1").with("reason", "болезнь учителя")
                        .build());
            }
        }
        return r;
    }

    private static SourcedRecord assignment(String id, String teacher, String subject, String kind, String audience,
                                            long version) {
        return SourcedRecord.of(RecordKind.TEACHING_ASSIGNMENT, id, version).with("teacher", teacher)
                .with("subject", subject).with(kind, audience).build();
    }
}
