package ru.ediary.reporting.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.stream.Collectors;
import ru.ediary.assessment.model.ResultCategory;
import ru.ediary.assessment.model.ResultDistribution;
import ru.ediary.family.application.DeliveryEligibility;
import ru.ediary.family.model.ConsentDecision;
import ru.ediary.family.model.DeliveryChannel;
import ru.ediary.platform.SchoolTime;
import ru.ediary.reporting.model.Completeness;
import ru.ediary.reporting.model.ConsentCoverage;
import ru.ediary.reporting.model.DeliveryCounts;
import ru.ediary.reporting.model.LessonLine;
import ru.ediary.reporting.model.Published;
import ru.ediary.reporting.model.RegionalFigures;
import ru.ediary.reporting.model.RegionalFigures.GradeCount;
import ru.ediary.reporting.model.RegionalFigures.PeriodRow;
import ru.ediary.reporting.model.RegionalFigures.Region;
import ru.ediary.reporting.model.RegionalFigures.SchoolRow;
import ru.ediary.reporting.model.SmallCells;
import ru.ediary.reporting.model.SmallCells.Cell;
import ru.ediary.reporting.model.Timeliness;

/**
 * The figures of every school of a region for one period, put together from the assessment desks (completeness,
 * the curriculum, the 3-day rule: the rules written there once) and regional aggregate queries, then depersonalised
 * by {@link SmallCells}.
 */
@ApplicationScoped
public class SchoolYearFigures {

    /** The key of the region's own figures among the schools'. */
    private static final long REGION = -1;

    @Inject
    RegionalFigures figures;

    @Inject
    SchoolDesks desks;

    @Resource
    ManagedExecutorService executor;

    @Inject
    DeliveryEligibility eligibility;

    /** The reports of every school, by name, and the region's total. */
    public record Reports(List<SchoolReport> schools, SchoolReport total) {
    }

    /** The period's results of every school (with their grade-level and subject lines) and of the region. */
    public record ResultTree(Map<Long, Published<ResultDistribution>> schools,
                             Map<Long, List<SchoolReport.GradeLine>> grades,
                             Map<Long, List<SchoolReport.SubjectLine>> subjects, Published<ResultDistribution> total) {
    }

    Reports of(Region region, List<SchoolRow> schools, List<PeriodRow> period) {
        Map<Long, Long> periodOf = period.stream()
                .collect(Collectors.toMap(PeriodRow::schoolId, PeriodRow::periodId, Math::min));
        // the desks read school by school on other threads while this one counts the results over the region
        List<Future<Map<Long, SchoolDesks.Figures>>> reading = readDesks(schools, periodOf);
        ResultTree results = results(schools, period);
        Map<Long, ConsentCoverage> consent = consent(region.id(), schools);
        Map<Long, DeliveryCounts> delivery = delivery(region.id(), period);
        Map<Long, SchoolDesks.Figures> desks = collect(schools, reading);
        Map<Long, Completeness> completeness = new HashMap<>();
        Map<Long, Timeliness> timeliness = new HashMap<>();
        Map<Long, SchoolDesks.Lessons> lessons = new HashMap<>();
        desks.forEach((school, f) -> {
            completeness.put(school, f.completeness());
            timeliness.put(school, f.timeliness());
            lessons.put(school, f.lessons());
        });

        Map<Long, Published<Completeness>> publishedCompleteness =
                suppress(schools, completeness, Completeness::students, Completeness::plus);
        Map<Long, Published<Timeliness>> publishedTimeliness = suppress(schools, timeliness, Timeliness::students,
                Timeliness::plus);
        Map<Long, Published<ConsentCoverage>> publishedConsent = suppress(schools, consent, ConsentCoverage::guardians,
                ConsentCoverage::plus);

        List<SchoolReport> reports = new ArrayList<>();
        SchoolDesks.Lessons regionLessons = SchoolDesks.Lessons.NONE;
        for (SchoolRow s : schools) {
            SchoolDesks.Lessons l = lessons.get(s.id());
            regionLessons = regionLessons.plus(l);
            reports.add(new SchoolReport(s.code(), s.shortName(), results.schools().get(s.id()),
                    results.grades().get(s.id()), results.subjects().get(s.id()), publishedCompleteness.get(s.id()),
                    l.subjects(), l.total(), l.types(), publishedTimeliness.get(s.id()), publishedConsent.get(s.id()),
                    delivery.getOrDefault(s.id(), DeliveryCounts.NONE)));
        }
        SchoolReport total = new SchoolReport(null, region.name(), results.total(), results.grades().get(REGION),
                results.subjects().get(REGION), publishedCompleteness.get(REGION), regionLessons.subjects(),
                regionLessons.total(), regionLessons.types(), publishedTimeliness.get(REGION),
                publishedConsent.get(REGION),
                delivery.values().stream().reduce(DeliveryCounts.NONE, DeliveryCounts::plus));
        return new Reports(reports, total);
    }

    /**
     * Starts reading each school's figures from the assessment desks, by as many tasks as the machine has
     * processors, each school in a transaction of its own: the desks read school by school, and a region has many.
     */
    private List<Future<Map<Long, SchoolDesks.Figures>>> readDesks(List<SchoolRow> schools, Map<Long, Long> periodOf) {
        List<SchoolRow> assessed = schools.stream().filter(s -> periodOf.containsKey(s.id())).toList();
        int tasks = Math.max(1, Math.min(assessed.size(), Runtime.getRuntime().availableProcessors()));
        List<Future<Map<Long, SchoolDesks.Figures>>> running = new ArrayList<>();
        for (int t = 0; t < tasks; t++) {
            List<SchoolRow> share = new ArrayList<>();
            for (int i = t; i < assessed.size(); i += tasks) {
                share.add(assessed.get(i));
            }
            running.add(executor.submit(() -> {
                Map<Long, SchoolDesks.Figures> figures = new HashMap<>();
                share.forEach(s -> figures.put(s.id(), desks.of(s.id(), periodOf.get(s.id()))));
                return figures;
            }));
        }
        return running;
    }

    /** What the desks read, every school of the region (nothing for a school without the period). */
    private static Map<Long, SchoolDesks.Figures> collect(List<SchoolRow> schools,
                                                          List<Future<Map<Long, SchoolDesks.Figures>>> reading) {
        Map<Long, SchoolDesks.Figures> all = new HashMap<>();
        schools.forEach(s -> all.put(s.id(), SchoolDesks.Figures.NONE));
        try {
            for (Future<Map<Long, SchoolDesks.Figures>> task : reading) {
                all.putAll(task.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the schools' figures", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
        return all;
    }

    /**
     * Results of the period's final grades: the region split into schools, each school split into grade levels and
     * (apart) into subjects; a school's people are its students with a final grade, a subject's its grades.
     */
    ResultTree results(List<SchoolRow> schools, List<PeriodRow> period) {
        List<Long> periodIds = period.stream().map(PeriodRow::periodId).toList();
        Map<Long, Map<Integer, ResultDistribution>> byGrade = new HashMap<>();
        Map<Long, Map<String, ResultDistribution>> bySubject = new HashMap<>();
        for (GradeCount g : figures.finalGrades(periodIds)) {
            ResultCategory category = ResultCategory.of(g.numeric(), g.status());
            long points = g.numeric() == null ? 0 : (long) g.numeric() * g.count();
            byGrade.computeIfAbsent(g.schoolId(), k -> new TreeMap<>())
                    .merge(g.grade(), ResultDistribution.EMPTY.plus(category, g.count(), points), ResultDistribution::plus);
            bySubject.computeIfAbsent(g.schoolId(), k -> new TreeMap<>())
                    .merge(g.subject(), ResultDistribution.EMPTY.plus(category, g.count(), points),
                            ResultDistribution::plus);
        }
        Map<Long, Map<Integer, Long>> gradedByGrade = new HashMap<>();
        figures.gradedStudents(periodIds).forEach(g -> gradedByGrade.computeIfAbsent(g.schoolId(), k -> new HashMap<>())
                .merge(g.grade(), g.students(), Long::sum));

        List<Cell> schoolCells = new ArrayList<>();
        Map<Long, Cell> schoolCell = new HashMap<>();
        Map<Long, Map<Integer, Cell>> gradeCells = new HashMap<>();
        Map<Long, Map<String, Cell>> subjectCells = new HashMap<>();
        for (SchoolRow s : schools) {
            Map<Integer, Long> graded = gradedByGrade.getOrDefault(s.id(), Map.of());
            Map<Integer, Cell> grades = new TreeMap<>();
            byGrade.getOrDefault(s.id(), Map.of()).keySet()
                    .forEach(grade -> grades.put(grade, new Cell(graded.getOrDefault(grade, 0L))));
            Map<String, Cell> subjects = new TreeMap<>();
            bySubject.getOrDefault(s.id(), Map.of())
                    .forEach((subject, d) -> subjects.put(subject, new Cell(results(d))));
            Cell cell = new Cell(graded.values().stream().mapToLong(Long::longValue).sum())
                    .splitInto(List.copyOf(grades.values())).splitInto(List.copyOf(subjects.values()));
            schoolCells.add(cell);
            schoolCell.put(s.id(), cell);
            gradeCells.put(s.id(), grades);
            subjectCells.put(s.id(), subjects);
        }
        // the region by grade level and by subject: each such total is split into the schools' cells as well
        Map<Integer, List<Cell>> gradeAcross = new TreeMap<>();
        gradeCells.values().forEach(m -> m.forEach((g, c) -> gradeAcross.computeIfAbsent(g, k -> new ArrayList<>())
                .add(c)));
        Map<String, List<Cell>> subjectAcross = new TreeMap<>();
        subjectCells.values().forEach(m -> m.forEach((n, c) -> subjectAcross.computeIfAbsent(n, k -> new ArrayList<>())
                .add(c)));
        Map<Integer, Cell> regionGrades = new TreeMap<>();
        gradeAcross.forEach((g, cells) -> regionGrades.put(g, new Cell(cells.stream().mapToLong(Cell::people).sum())
                .splitInto(cells)));
        Map<String, Cell> regionSubjects = new TreeMap<>();
        subjectAcross.forEach((n, cells) -> regionSubjects.put(n,
                new Cell(cells.stream().mapToLong(Cell::people).sum()).splitInto(cells)));
        Cell region = new Cell(schoolCells.stream().mapToLong(Cell::people).sum()).splitInto(schoolCells)
                .splitInto(List.copyOf(regionGrades.values())).splitInto(List.copyOf(regionSubjects.values()));
        SmallCells.apply(region);

        Map<Long, Published<ResultDistribution>> published = new HashMap<>();
        Map<Long, List<SchoolReport.GradeLine>> gradeLines = new HashMap<>();
        Map<Long, List<SchoolReport.SubjectLine>> subjectLines = new HashMap<>();
        ResultDistribution all = ResultDistribution.EMPTY;
        Map<Integer, ResultDistribution> allGrades = new TreeMap<>();
        Map<String, ResultDistribution> allSubjects = new TreeMap<>();
        for (SchoolRow s : schools) {
            Map<Integer, ResultDistribution> grades = byGrade.getOrDefault(s.id(), Map.of());
            ResultDistribution school = grades.values().stream().reduce(ResultDistribution.EMPTY,
                    ResultDistribution::plus);
            all = all.plus(school);
            grades.forEach((g, d) -> allGrades.merge(g, d, ResultDistribution::plus));
            bySubject.getOrDefault(s.id(), Map.of()).forEach((n, d) -> allSubjects.merge(n, d, ResultDistribution::plus));
            published.put(s.id(), publish(schoolCell.get(s.id()), school));
            gradeLines.put(s.id(), gradeCells.get(s.id()).entrySet().stream().map(e -> new SchoolReport.GradeLine(
                    e.getKey(), publish(e.getValue(), grades.get(e.getKey())))).toList());
            Map<String, ResultDistribution> subjects = bySubject.getOrDefault(s.id(), Map.of());
            subjectLines.put(s.id(), subjectCells.get(s.id()).entrySet().stream().map(e ->
                    new SchoolReport.SubjectLine(e.getKey(), publish(e.getValue(), subjects.get(e.getKey()))))
                    .toList());
        }
        gradeLines.put(REGION, regionGrades.entrySet().stream().map(e -> new SchoolReport.GradeLine(e.getKey(),
                publish(e.getValue(), allGrades.get(e.getKey())))).toList());
        subjectLines.put(REGION, regionSubjects.entrySet().stream().map(e -> new SchoolReport.SubjectLine(e.getKey(),
                publish(e.getValue(), allSubjects.get(e.getKey())))).toList());
        return new ResultTree(published, gradeLines, subjectLines, publish(region, all));
    }


    /** The region split into schools, each a cell of {@code people}; the region's total under the key REGION. */
    private static <T> Map<Long, Published<T>> suppress(List<SchoolRow> schools, Map<Long, T> figures,
                                                        Function<T, Long> people, BinaryOperator<T> plus) {
        Map<Long, Cell> cells = new HashMap<>();
        for (SchoolRow s : schools) {
            cells.put(s.id(), new Cell(people.apply(figures.get(s.id()))));
        }
        Cell region = new Cell(cells.values().stream().mapToLong(Cell::people).sum())
                .splitInto(schools.stream().map(s -> cells.get(s.id())).toList());
        SmallCells.apply(region);
        Map<Long, Published<T>> published = new HashMap<>();
        schools.forEach(s -> published.put(s.id(), publish(cells.get(s.id()), figures.get(s.id()))));
        T sum = schools.stream().map(s -> figures.get(s.id())).reduce(plus).orElse(null);
        published.put(REGION, sum == null ? Published.suppressed() : publish(region, sum));
        return published;
    }

    private static <T> Published<T> publish(Cell cell, T figures) {
        return cell.isSuppressed() ? Published.suppressed() : Published.of(figures);
    }

    /** How many results a distribution holds, whatever their category. */
    private static long results(ResultDistribution d) {
        return d.counts().values().stream().mapToLong(Long::longValue).sum();
    }

    /** The family context's count of each school's guardians by consent and paper (its rules, not restated here). */
    private Map<Long, ConsentCoverage> consent(long regionId, List<SchoolRow> schools) {
        Map<Long, ConsentCoverage> coverage = new HashMap<>();
        schools.forEach(s -> coverage.put(s.id(), ConsentCoverage.NONE));
        for (DeliveryEligibility.GuardianTally t : eligibility.tally(regionId)) {
            long n = t.guardians();
            ConsentCoverage c = new ConsentCoverage(n, t.decision() == ConsentDecision.GIVEN ? n : 0,
                    t.decision() == ConsentDecision.REFUSED ? n : 0, t.decision() == ConsentDecision.WITHDRAWN ? n : 0,
                    t.decision() == null ? n : 0, t.onPaper() ? n : 0);
            coverage.merge(t.schoolId(), c, ConsentCoverage::plus);
        }
        return coverage;
    }

    private Map<Long, DeliveryCounts> delivery(long regionId, List<PeriodRow> period) {
        LocalDate from = period.stream().map(PeriodRow::startsOn).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate to = period.stream().map(PeriodRow::endsOn).max(Comparator.naturalOrder()).orElseThrow();
        Instant start = from.atStartOfDay(SchoolTime.ZONE).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(SchoolTime.ZONE).toInstant();
        Map<Long, DeliveryCounts> counts = new HashMap<>();
        for (RegionalFigures.MessageCount m : figures.messages(regionId, start, end)) {
            DeliveryCounts c = !m.sent() ? new DeliveryCounts(0, 0, m.messages())
                    : m.channel() == DeliveryChannel.EMAIL ? new DeliveryCounts(m.messages(), 0, 0)
                    : m.channel() == DeliveryChannel.SMS ? new DeliveryCounts(0, m.messages(), 0)
                    : DeliveryCounts.NONE;
            counts.merge(m.schoolId(), c, DeliveryCounts::plus);
        }
        return counts;
    }
}
