package ru.ediary.assessment.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.ediary.journal.model.LessonStatus;

/**
 * Выполнение учебного плана: the curriculum plan of a period set against the lessons the journal recorded, per
 * audience (class, study group, individual plan) and subject ({@link PlanFulfilment} defines the figures), per
 * teacher (the teacher who held the lesson, so a substitution counts for the substitute) and per lesson type (count
 * and share of the held lessons). Works on the database's GROUP BY counts, never on single lessons.
 *
 * <p>Anomalies are results, not errors: a subject with lessons but no plan item ({@link Result#unplanned()}), and a
 * plan item without any lesson at all ({@link Result#withoutLessons()}, also among the lines).
 */
public final class CurriculumFulfilment {

    /** Worst first: the largest deficit, then the lowest percentage (none last). */
    public static final Comparator<Line> WORST_FIRST = Comparator.comparingLong((Line l) -> -l.figures().deficit())
            .thenComparing(l -> l.figures().percent(), Comparator.nullsLast(Comparator.naturalOrder()));

    /** An audience's subject: its figures and the held lessons per teacher (teacher id, null when not named). */
    public record Line(AudienceKey audience, long subjectId, boolean inPlan, PlanFulfilment figures,
                       Map<Long, Long> heldByTeacher, long lessons) {
    }

    /** A teacher's lessons with an audience in a subject: held (of them substitutions), cancelled, still to come. */
    public record TeacherLine(Long teacherId, AudienceKey audience, long subjectId, long held, long substitutions,
                              long cancelled, long scheduled) {
    }

    /** Held lessons of one type (null: no type given) and their share of all held lessons, in per cent. */
    public record TypeLine(Long lessonTypeId, long held, BigDecimal share) {
    }

    /**
     * @param lines every planned audience × subject, worst first
     * @param unplanned audience × subject with lessons but no plan item (planned 0)
     * @param withoutLessons plan items without a single lesson (held, cancelled or scheduled)
     * @param total the sums over {@code lines} (its own deficit and surplus would net rows against each other)
     * @param deficit Σ of the lines' deficits; {@code surplus}: Σ of their surpluses — never netted
     * @param heldInAll held lessons of the selection, planned or not: the base of the lesson-type shares
     */
    public record Result(List<Line> lines, List<Line> unplanned, List<Line> withoutLessons,
                         List<TeacherLine> teachers, List<TypeLine> types, PlanFulfilment total, long deficit,
                         long surplus, long heldInAll) {
    }

    private record Pair(AudienceKey audience, long subjectId) {
    }

    private record TeacherPair(Long teacherId, AudienceKey audience, long subjectId) {
    }

    private CurriculumFulfilment() {
    }

    public static Result of(List<PlannedLessons> plan, List<LessonCount> lessons) {
        Map<Pair, Long> planned = new LinkedHashMap<>();
        for (PlannedLessons p : plan) {
            planned.merge(new Pair(p.audience(), p.subjectId()), p.planned(), Long::sum);
        }
        Map<Pair, PlanFulfilment> figures = new LinkedHashMap<>();
        Map<Pair, Map<Long, Long>> heldByTeacher = new LinkedHashMap<>();
        Map<Pair, Long> lessonCount = new LinkedHashMap<>();
        planned.forEach((pair, n) -> figures.put(pair, new PlanFulfilment(n, 0, 0, 0, 0)));
        Map<TeacherPair, long[]> teachers = new LinkedHashMap<>();
        Map<Long, Long> types = new LinkedHashMap<>();
        long heldInAll = 0;
        for (LessonCount c : lessons) {
            Pair pair = new Pair(c.audience(), c.subjectId());
            figures.merge(pair, new PlanFulfilment(0, 0, 0, 0, 0).plus(c), CurriculumFulfilment::sum);
            lessonCount.merge(pair, c.lessons(), Long::sum);
            long[] t = teachers.computeIfAbsent(new TeacherPair(c.teacherId(), c.audience(), c.subjectId()),
                    k -> new long[4]);
            if (c.status() == LessonStatus.HELD) {
                heldByTeacher.computeIfAbsent(pair, k -> new LinkedHashMap<>()).merge(c.teacherId(), c.lessons(),
                        Long::sum);
                t[0] += c.lessons();
                t[1] += c.substitutions();
                types.merge(c.lessonTypeId(), c.lessons(), Long::sum);
                heldInAll += c.lessons();
            } else if (c.status() == LessonStatus.CANCELLED) {
                t[2] += c.lessons();
            } else {
                t[3] += c.fromToday();
            }
        }
        List<Line> lines = new ArrayList<>();
        List<Line> unplanned = new ArrayList<>();
        List<Line> withoutLessons = new ArrayList<>();
        PlanFulfilment total = new PlanFulfilment(0, 0, 0, 0, 0);
        long deficit = 0;
        long surplus = 0;
        for (Map.Entry<Pair, PlanFulfilment> e : figures.entrySet()) {
            Pair pair = e.getKey();
            boolean inPlan = planned.containsKey(pair);
            Line line = new Line(pair.audience(), pair.subjectId(), inPlan, e.getValue(),
                    heldByTeacher.getOrDefault(pair, Map.of()), lessonCount.getOrDefault(pair, 0L));
            if (inPlan) {
                lines.add(line);
                total = sum(total, e.getValue());
                deficit += e.getValue().deficit();
                surplus += e.getValue().surplus();
                if (line.lessons() == 0) {
                    withoutLessons.add(line);
                }
            } else {
                unplanned.add(line);
            }
        }
        lines.sort(WORST_FIRST);
        List<TeacherLine> teacherLines = new ArrayList<>();
        teachers.forEach((k, t) -> teacherLines.add(
                new TeacherLine(k.teacherId(), k.audience(), k.subjectId(), t[0], t[1], t[2], t[3])));
        List<TypeLine> typeLines = new ArrayList<>();
        final long all = heldInAll;
        types.forEach((type, n) -> typeLines.add(new TypeLine(type, n, PlanFulfilment.share(n, all))));
        typeLines.sort(Comparator.comparingLong((TypeLine t) -> -t.held()));
        return new Result(lines, unplanned, withoutLessons, teacherLines, typeLines, total, deficit, surplus,
                heldInAll);
    }

    private static PlanFulfilment sum(PlanFulfilment a, PlanFulfilment b) {
        return new PlanFulfilment(a.planned() + b.planned(), a.held() + b.held(), a.cancelled() + b.cancelled(),
                a.scheduled() + b.scheduled(), a.unrecorded() + b.unrecorded());
    }
}
