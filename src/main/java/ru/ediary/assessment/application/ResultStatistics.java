package ru.ediary.assessment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.ediary.assessment.model.ForecastRules;
import ru.ediary.assessment.model.GradeForecast;
import ru.ediary.assessment.model.MarkAverage;
import ru.ediary.assessment.model.ResultCategory;
import ru.ediary.assessment.model.ResultComparison;
import ru.ediary.assessment.model.ResultDistribution;
import ru.ediary.assessment.model.ResultFigures;
import ru.ediary.assessment.model.ResultFigures.ClassRef;
import ru.ediary.assessment.model.ResultFigures.Period;
import ru.ediary.audit.application.AuditLog;
import ru.ediary.platform.Refusal;
import ru.ediary.school.model.PeriodKind;
import ru.ediary.school.model.SchoolDirectory;

/**
 * Итоги успеваемости for staff: per class, subject and teacher for a period, from the final grades of a finished
 * period or, for the running period, from the forecast ({@link GradeForecast}) of each student's current marks — a
 * forecast, and labelled so. Counts and sums come from the database ({@link ResultFigures}); the figures are
 * {@link ResultDistribution}'s; each line is compared with the previous period of the same kind in the same year.
 * Drill-down: the school by class, a class by subject, a subject's students (names: an audited staff read).
 */
@ApplicationScoped
public class ResultStatistics {

    @Inject
    ResultFigures figures;

    @Inject
    SchoolDirectory schools;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Where a period's figures come from. */
    public enum Source {
        /** A finished period: the final grades. */
        FINAL_GRADES,
        /** The running period: forecasts from current marks. */
        FORECAST
    }

    /** A period staff may choose: one that has started. */
    public record PeriodChoice(long id, String name, String yearName, Source source, LocalDate startsOn,
                               LocalDate endsOn) {

        public long getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public String getLabel() {
            return name + " (" + yearName + ")" + (source == Source.FORECAST ? " — прогноз" : "");
        }

        public boolean isForecast() {
            return source == Source.FORECAST;
        }

        public LocalDate getStartsOn() {
            return startsOn;
        }

        public LocalDate getEndsOn() {
            return endsOn;
        }
    }

    /** One line of a table: a class, or a subject of a class, with its teachers; the period and the previous one. */
    public record Line(long id, String name, String teacher, ResultComparison comparison) {

        public ResultDistribution now() {
            return comparison.now();
        }
    }

    /** A table: its lines and their total. */
    public record Report(PeriodChoice period, PeriodChoice previous, List<Line> lines, Line total) {
    }

    /** One student behind a number. */
    public record StudentResult(long studentId, String name, ResultCategory category, String grade) {
    }

    /** The periods that have started, the latest first. */
    @Transactional
    public List<PeriodChoice> periods(long schoolId) {
        LocalDate today = LocalDate.now(clock);
        return figures.periods(schoolId).stream().filter(p -> !p.startsOn().isAfter(today))
                .map(p -> choice(p, today)).toList();
    }

    /** The school by class (all subjects of a class together). */
    @Transactional
    public Report school(long schoolId, long periodId) {
        Tally tally = tally(schoolId, periodId);
        List<Line> lines = new ArrayList<>();
        ResultDistribution totalNow = ResultDistribution.EMPTY;
        ResultDistribution totalBefore = ResultDistribution.EMPTY;
        for (ClassRef c : tally.classes) {
            ResultDistribution now = sum(tally.now.get(c.id()));
            ResultDistribution before = sum(tally.before.get(c.id()));
            if (now.total() == 0 && before.total() == 0) {
                continue;
            }
            lines.add(new Line(c.id(), c.name(), "", new ResultComparison(now, before)));
            totalNow = totalNow.plus(now);
            totalBefore = totalBefore.plus(before);
        }
        return new Report(tally.period, tally.previous, lines,
                new Line(0, "Вся школа", "", new ResultComparison(totalNow, totalBefore)));
    }

    /** A class by subject, with each subject's teachers. */
    @Transactional
    public Report ofClass(long schoolId, long periodId, long classId) {
        Tally tally = tally(schoolId, periodId);
        ClassRef schoolClass = tally.schoolClass(classId);
        Map<Long, String> subjects = figures.subjects(schoolId);
        Map<Long, List<String>> teachers = new HashMap<>();
        for (ResultFigures.Teaching t : figures.teaching(schoolId)) {
            if (t.classId() == classId) {
                List<String> names = teachers.computeIfAbsent(t.subjectId(), k -> new ArrayList<>());
                if (!names.contains(t.teacherName())) {
                    names.add(t.teacherName());
                }
            }
        }
        Map<Long, ResultDistribution> now = tally.now.getOrDefault(classId, Map.of());
        Map<Long, ResultDistribution> before = tally.before.getOrDefault(classId, Map.of());
        List<Line> lines = new ArrayList<>();
        java.util.Set<Long> subjectIds = new java.util.HashSet<>(now.keySet());
        subjectIds.addAll(before.keySet());
        for (Long subjectId : subjectIds) {
            List<String> names = teachers.getOrDefault(subjectId, List.of());
            lines.add(new Line(subjectId, subjects.getOrDefault(subjectId, "?"), String.join(", ", names.stream()
                    .sorted().toList()), new ResultComparison(now.get(subjectId), before.get(subjectId))));
        }
        lines.sort(Comparator.comparing(Line::name).thenComparing(Line::id));
        return new Report(tally.period, tally.previous, lines, new Line(classId, schoolClass.name(), "",
                new ResultComparison(sum(now), sum(before))));
    }

    /** The name of a class of the school; a refusal for any other id. */
    @Transactional
    public String className(long schoolId, long classId) {
        return figures.classes(schoolId).stream().filter(c -> c.id() == classId).findFirst()
                .orElseThrow(() -> new Refusal("results.unknownClass")).name();
    }

    /** The name of a subject of the school; a refusal for any other id. */
    @Transactional
    public String subjectName(long schoolId, long subjectId) {
        return Optional.ofNullable(figures.subjects(schoolId).get(subjectId))
                .orElseThrow(() -> new Refusal("results.unknownSubject"));
    }

    /**
     * The students of a class behind a subject's figures for the period, by name, each with their grade (or
     * forecast); {@code category} narrows them to one number of the distribution when not null. Reading names is
     * written to the audit log, as every staff read of personal data.
     */
    @Transactional
    public List<StudentResult> students(long schoolId, long periodId, long classId, long subjectId,
                                        ResultCategory category, String actor, String remoteAddress) {
        LocalDate today = LocalDate.now(clock);
        Period period = period(schoolId, periodId);
        String className = className(schoolId, classId);
        String subjectName = subjectName(schoolId, subjectId);
        List<StudentResult> students = new ArrayList<>();
        if (choice(period, today).source() == Source.FINAL_GRADES) {
            for (ResultFigures.StudentGrade g : figures.finalGradesOf(schoolId, periodId, classId, subjectId)) {
                ResultCategory c = ResultCategory.of(g.numeric(), g.status());
                students.add(new StudentResult(g.studentId(), g.name(), c,
                        g.numeric() != null ? g.numeric().toString() : g.status().label()));
            }
        } else {
            ForecastRules rules = rules(schoolId);
            Map<Long, ResultFigures.StudentTotals> totals = new HashMap<>();
            for (ResultFigures.StudentTotals t : figures.markTotals(schoolId, period.startsOn(), period.endsOn(),
                    classId, subjectId)) {
                totals.put(t.studentId(), t);
            }
            for (ResultFigures.StudentName s : figures.students(schoolId, classId)) {
                ResultFigures.StudentTotals t = totals.get(s.studentId());
                if (t != null) {
                    Optional<Integer> grade = forecast(t, rules);
                    students.add(new StudentResult(s.studentId(), s.name(),
                            ResultCategory.of(grade.orElse(null), null), grade.map(String::valueOf).orElse("—")));
                }
            }
        }
        List<StudentResult> shown = category == null ? students
                : students.stream().filter(s -> s.category() == category).toList();
        audit.record(actor, "STAFF_VIEW", schoolId, "class:" + classId,
                "итоги успеваемости: " + className + ", " + subjectName + ", " + period.name()
                        + (category == null ? "" : ", «" + category.label() + "»") + "; учащихся: " + shown.size(),
                remoteAddress);
        return shown;
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** The distributions of a period and its previous one: class id → subject id → distribution. */
    private static final class Tally {
        PeriodChoice period;
        PeriodChoice previous;
        List<ClassRef> classes;
        Map<Long, Map<Long, ResultDistribution>> now;
        Map<Long, Map<Long, ResultDistribution>> before = Map.of();

        ClassRef schoolClass(long id) {
            return classes.stream().filter(c -> c.id() == id).findFirst()
                    .orElseThrow(() -> new Refusal("results.unknownClass"));
        }
    }

    private Tally tally(long schoolId, long periodId) {
        LocalDate today = LocalDate.now(clock);
        List<Period> all = figures.periods(schoolId);
        Period period = all.stream().filter(p -> p.id() == periodId && !p.startsOn().isAfter(today)).findFirst()
                .orElseThrow(() -> new Refusal("results.unknownPeriod"));
        Tally tally = new Tally();
        tally.classes = figures.classes(schoolId);
        tally.period = choice(period, today);
        tally.now = distributions(schoolId, period, tally.period.source(), tally.classes);
        Optional<Period> previous = all.stream().filter(p -> p.yearId() == period.yearId() && p.kind() == period.kind()
                && p.ordinal() == period.ordinal() - 1 && !p.startsOn().isAfter(today)).findFirst();
        if (previous.isPresent()) {
            tally.previous = choice(previous.get(), today);
            tally.before = distributions(schoolId, previous.get(), tally.previous.source(), tally.classes);
        }
        return tally;
    }

    private Period period(long schoolId, long periodId) {
        LocalDate today = LocalDate.now(clock);
        return figures.periods(schoolId).stream().filter(p -> p.id() == periodId && !p.startsOn().isAfter(today))
                .findFirst().orElseThrow(() -> new Refusal("results.unknownPeriod"));
    }

    private Map<Long, Map<Long, ResultDistribution>> distributions(long schoolId, Period period, Source source,
                                                                   List<ClassRef> classes) {
        Map<Long, Map<Long, ResultDistribution>> byClass = new HashMap<>();
        if (source == Source.FINAL_GRADES) {
            for (ResultFigures.GradeCount g : figures.finalGrades(schoolId, period.id())) {
                ResultCategory c = ResultCategory.of(g.numeric(), g.status());
                byClass.computeIfAbsent(g.classId(), k -> new HashMap<>()).merge(g.subjectId(),
                        ResultDistribution.EMPTY.plus(c, g.count(), g.numeric() == null ? 0 : g.numeric() * g.count()),
                        ResultDistribution::plus);
            }
            return byClass;
        }
        // The running period: a forecast only for the classes assessed by periods of its kind (or for the year).
        java.util.Set<Long> assessed = new java.util.HashSet<>();
        for (ClassRef c : classes) {
            if (c.periodKind() == period.kind() || period.kind() == PeriodKind.YEAR) {
                assessed.add(c.id());
            }
        }
        ForecastRules rules = rules(schoolId);
        for (ResultFigures.StudentTotals t : figures.markTotals(schoolId, period.startsOn(), period.endsOn(), null,
                null)) {
            if (!assessed.contains(t.classId())) {
                continue;
            }
            Optional<Integer> grade = forecast(t, rules);
            byClass.computeIfAbsent(t.classId(), k -> new HashMap<>()).merge(t.subjectId(),
                    ResultDistribution.EMPTY.plus(ResultCategory.of(grade.orElse(null), null), 1, grade.orElse(0)),
                    ResultDistribution::plus);
        }
        return byClass;
    }

    /** The existing forecast rule (DESIGN §5) applied to a student's marks summed in the database. */
    static Optional<Integer> forecast(ResultFigures.StudentTotals totals, ForecastRules rules) {
        return GradeForecast.of(MarkAverage.ofTotals(totals.weightedSum(), totals.weights(),
                Math.toIntExact(totals.count())), rules).grade();
    }

    private ForecastRules rules(long schoolId) {
        return schools.school(schoolId).map(ForecastRules::of).orElse(ForecastRules.DEFAULT);
    }

    private static PeriodChoice choice(Period p, LocalDate today) {
        return new PeriodChoice(p.id(), p.name(), p.yearName(),
                p.endsOn().isBefore(today) ? Source.FINAL_GRADES : Source.FORECAST, p.startsOn(), p.endsOn());
    }

    private static ResultDistribution sum(Map<Long, ResultDistribution> bySubject) {
        ResultDistribution total = ResultDistribution.EMPTY;
        if (bySubject != null) {
            for (ResultDistribution d : bySubject.values()) {
                total = total.plus(d);
            }
        }
        return total;
    }
}
