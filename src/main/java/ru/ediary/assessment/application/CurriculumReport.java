package ru.ediary.assessment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import ru.ediary.assessment.model.AudienceKey;
import ru.ediary.assessment.model.CurriculumFulfilment;
import ru.ediary.assessment.model.CurriculumRecords;
import ru.ediary.assessment.model.LessonCount;
import ru.ediary.assessment.model.PlanFulfilment;
import ru.ediary.assessment.model.PlannedLessons;

/**
 * Staff: «Выполнение учебного плана» of the signed-in school, for a period, optionally narrowed to a class (with its
 * groups and individual plans), a subject or a teacher. Filter values arrive as text from the page's address and are
 * checked against the school's own ids: an unknown or foreign value is named back, and nothing is shown.
 */
@ApplicationScoped
public class CurriculumReport {

    /** The filters as the page received them (each may be null or blank: no filter). */
    public record Filter(String classId, String subjectId, String teacherId, String periodId) {
    }

    public record Choice(long id, String label) {
    }

    /** One planned audience × subject, labelled; {@code percent} null when nothing is planned. */
    public record Row(String audience, String subject, String teachers, long planned, long held, long cancelled,
                      long scheduled, long unrecorded, long deficit, long surplus, BigDecimal percent) {

        static Row of(String audience, String subject, String teachers, PlanFulfilment f) {
            return new Row(audience, subject, teachers, f.planned(), f.held(), f.cancelled(), f.scheduled(),
                    f.unrecorded(), f.deficit(), f.surplus(), f.percent());
        }
    }

    public record TeacherRow(String teacher, String audience, String subject, long held, long substitutions,
                             long cancelled, long scheduled) {
    }

    public record TypeRow(String type, long held, BigDecimal share) {
    }

    /**
     * The report; {@code invalid} names the filters whose value is not one of the school's («class», «subject»,
     * «teacher», «period»), and then everything else is empty.
     */
    public record Report(List<String> invalid, CurriculumRecords.Period period, List<Row> rows, Row total,
                         List<TeacherRow> teachers, List<TypeRow> types, long heldInAll, List<Row> unplanned,
                         List<Row> withoutLessons, List<Choice> classes, List<Choice> subjects,
                         List<Choice> teacherChoices, List<CurriculumRecords.Period> periods) {
    }

    @Inject
    CurriculumRecords records;

    @Inject
    Clock clock;

    @Transactional
    public Report of(long schoolId, Filter filter) {
        LocalDate today = LocalDate.now(clock);
        CurriculumRecords.Names names = records.names(schoolId);
        List<CurriculumRecords.Period> periods = records.periods(schoolId);
        List<Choice> classes = choices(names.classes());
        List<Choice> subjects = choices(names.subjects());
        List<Choice> teachers = choices(names.teachers());

        List<String> invalid = new ArrayList<>();
        Long classId = pick(filter.classId(), names.classes().keySet(), "class", invalid);
        Long subjectId = pick(filter.subjectId(), names.subjects().keySet(), "subject", invalid);
        Long teacherId = pick(filter.teacherId(), names.teachers().keySet(), "teacher", invalid);
        Set<Long> periodIds = periods.stream().map(CurriculumRecords.Period::id).collect(Collectors.toSet());
        Long periodId = pick(filter.periodId(), periodIds, "period", invalid);
        CurriculumRecords.Period period = periodId != null
                ? periods.stream().filter(p -> p.id() == periodId).findFirst().orElseThrow()
                : current(periods, today);
        if (!invalid.isEmpty() || period == null) {
            return new Report(invalid, period, List.of(), null, List.of(), List.of(), 0, List.of(), List.of(),
                    classes, subjects, teachers, periods);
        }

        List<PlannedLessons> plan = records.planned(schoolId, period.id());
        List<LessonCount> lessons = records.lessons(schoolId, period.startsOn(), period.endsOn(), today);
        Predicate<AudienceKey> ofClass = a -> classId == null || classId.equals(owningClass(a, names));
        plan = plan.stream().filter(p -> ofClass.test(p.audience())
                && (subjectId == null || subjectId == p.subjectId())).toList();
        lessons = lessons.stream().filter(l -> ofClass.test(l.audience())
                && (subjectId == null || subjectId == l.subjectId())).toList();
        List<CurriculumRecords.Assignment> assignments = records.assignments(schoolId);
        if (teacherId != null) {
            // the teacher's audience × subject pairs: where they gave (or are to give) lessons, or are assigned
            Set<List<Object>> pairs = new HashSet<>();
            lessons.stream().filter(l -> teacherId.equals(l.teacherId()))
                    .forEach(l -> pairs.add(List.of(l.audience(), l.subjectId())));
            assignments.stream().filter(a -> a.teacherId() == teacherId)
                    .forEach(a -> pairs.add(List.of(a.audience(), a.subjectId())));
            plan = plan.stream().filter(p -> pairs.contains(List.of(p.audience(), p.subjectId()))).toList();
            lessons = lessons.stream().filter(l -> pairs.contains(List.of(l.audience(), l.subjectId()))).toList();
        }

        CurriculumFulfilment.Result result = CurriculumFulfilment.of(plan, lessons);
        Map<List<Object>, List<Long>> assigned = new LinkedHashMap<>();
        for (CurriculumRecords.Assignment a : assignments) {
            assigned.computeIfAbsent(List.of(a.audience(), a.subjectId()), k -> new ArrayList<>()).add(a.teacherId());
        }
        Comparator<CurriculumFulfilment.Line> order = CurriculumFulfilment.WORST_FIRST
                .thenComparing(l -> audience(l.audience(), names))
                .thenComparing(l -> names.subjects().getOrDefault(l.subjectId(), ""));
        List<Row> rows = result.lines().stream().sorted(order).map(l -> row(l, names, assigned)).toList();
        List<Row> unplanned = result.unplanned().stream().sorted(order).map(l -> row(l, names, assigned)).toList();
        List<Row> withoutLessons = result.withoutLessons().stream().sorted(order).map(l -> row(l, names, assigned))
                .toList();
        List<TeacherRow> teacherRows = result.teachers().stream()
                .filter(t -> teacherId == null || teacherId.equals(t.teacherId()))
                .map(t -> new TeacherRow(teacher(t.teacherId(), names), audience(t.audience(), names),
                        names.subjects().getOrDefault(t.subjectId(), "?"), t.held(), t.substitutions(),
                        t.cancelled(), t.scheduled()))
                .sorted(Comparator.comparing(TeacherRow::teacher).thenComparing(TeacherRow::audience)
                        .thenComparing(TeacherRow::subject))
                .toList();
        List<TypeRow> types = result.types().stream()
                .map(t -> new TypeRow(t.lessonTypeId() == null ? null
                        : names.lessonTypes().getOrDefault(t.lessonTypeId(), "?"), t.held(), t.share()))
                .toList();
        PlanFulfilment sums = result.total();
        Row total = new Row(null, null, null, sums.planned(), sums.held(), sums.cancelled(), sums.scheduled(),
                sums.unrecorded(), result.deficit(), result.surplus(), sums.percent());
        return new Report(List.of(), period, rows, total, teacherRows, types, result.heldInAll(), unplanned,
                withoutLessons, classes, subjects, teachers, periods);
    }

    private static Row row(CurriculumFulfilment.Line line, CurriculumRecords.Names names,
                           Map<List<Object>, List<Long>> assigned) {
        String teachers;
        if (!line.heldByTeacher().isEmpty()) {
            teachers = line.heldByTeacher().entrySet().stream()
                    .sorted(Map.Entry.<Long, Long>comparingByValue().reversed()
                            .thenComparing(e -> teacher(e.getKey(), names)))
                    .map(e -> teacher(e.getKey(), names) + " (" + e.getValue() + ")")
                    .collect(Collectors.joining(", "));
        } else {
            teachers = assigned.getOrDefault(List.of(line.audience(), line.subjectId()), List.of()).stream()
                    .map(t -> teacher(t, names)).sorted().collect(Collectors.joining(", "));
        }
        return Row.of(audience(line.audience(), names), names.subjects().getOrDefault(line.subjectId(), "?"),
                teachers, line.figures());
    }

    private static String teacher(Long id, CurriculumRecords.Names names) {
        return id == null ? "—" : names.teachers().getOrDefault(id, "?");
    }

    /** «5А», «5А — английский, группа 1», «5А — ИУП Петрова». */
    static String audience(AudienceKey a, CurriculumRecords.Names names) {
        if (a.classId() != null) {
            return names.classes().getOrDefault(a.classId(), "?");
        }
        if (a.groupId() != null) {
            return names.classes().getOrDefault(names.groupClass().get(a.groupId()), "?") + " — "
                    + names.groups().getOrDefault(a.groupId(), "?");
        }
        return names.classes().getOrDefault(names.planClass().get(a.planId()), "?") + " — "
                + names.plans().getOrDefault(a.planId(), "?");
    }

    private static Long owningClass(AudienceKey a, CurriculumRecords.Names names) {
        if (a.classId() != null) {
            return a.classId();
        }
        if (a.groupId() != null) {
            return names.groupClass().get(a.groupId());
        }
        return a.planId() == null ? null : names.planClass().get(a.planId());
    }

    /** The period containing today, the shortest such (a quarter before its year); else the latest started. */
    static CurriculumRecords.Period current(List<CurriculumRecords.Period> periods, LocalDate today) {
        return periods.stream().filter(p -> !today.isBefore(p.startsOn()) && !today.isAfter(p.endsOn()))
                .min(Comparator.comparingLong(p -> ChronoUnit.DAYS.between(p.startsOn(), p.endsOn())))
                .orElse(periods.isEmpty() ? null : periods.get(0));
    }

    private static Long pick(String value, Set<Long> known, String name, List<String> invalid) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(value.trim());
            if (known.contains(id)) {
                return id;
            }
        } catch (NumberFormatException garbage) {
            // named back below
        }
        invalid.add(name);
        return null;
    }

    private static List<Choice> choices(Map<Long, String> names) {
        return names.entrySet().stream().map(e -> new Choice(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(Choice::label).thenComparing(Choice::id)).toList();
    }
}
