package ru.ediary.reporting.application;

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
import java.util.function.Function;
import java.util.stream.Collectors;
import ru.ediary.assessment.application.CurriculumReport;
import ru.ediary.assessment.application.FinalGradeDesk;
import ru.ediary.assessment.application.FinalGradeReport;
import ru.ediary.assessment.application.PublicationDesk;
import ru.ediary.assessment.model.DeferralState;
import ru.ediary.assessment.model.PublicationState;
import ru.ediary.assessment.model.ResultCategory;
import ru.ediary.assessment.model.ResultDistribution;
import ru.ediary.family.application.PaperList;
import ru.ediary.family.model.ConsentDecision;
import ru.ediary.family.model.DeliveryChannel;
import ru.ediary.platform.SchoolTime;
import ru.ediary.reporting.model.Completeness;
import ru.ediary.reporting.model.ConsentCoverage;
import ru.ediary.reporting.model.DeliveryCounts;
import ru.ediary.reporting.model.LessonLine;
import ru.ediary.reporting.model.LessonTypeLine;
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
 * by {@link SmallCells}. Runs inside the caller's transaction.
 */
@ApplicationScoped
public class SchoolYearFigures {

    /** The name of the lessons the journal gave no lesson type. */
    static final String UNTYPED = "без типа";

    /** The key of the region's own figures among the schools'. */
    private static final long REGION = -1;

    @Inject
    RegionalFigures figures;

    @Inject
    FinalGradeDesk finalGrades;

    @Inject
    PublicationDesk publication;

    @Inject
    CurriculumReport curriculum;

    @Inject
    PaperList paper;

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
        ResultTree results = results(schools, period);

        Map<Long, Completeness> completeness = new HashMap<>();
        Map<Long, Timeliness> timeliness = new HashMap<>();
        Map<Long, Lessons> lessons = new HashMap<>();
        for (SchoolRow school : schools) {
            Long periodId = periodOf.get(school.id());
            Completeness c = periodId == null ? Completeness.NONE : completeness(school.id(), periodId);
            completeness.put(school.id(), c);
            timeliness.put(school.id(), periodId == null ? Timeliness.NONE : timeliness(school.id(), periodId, c));
            lessons.put(school.id(), periodId == null ? Lessons.NONE : lessons(school.id(), periodId));
        }
        Map<Long, ConsentCoverage> consent = consent(region.id(), schools);
        Map<Long, DeliveryCounts> delivery = delivery(region.id(), period);

        Map<Long, Published<Completeness>> publishedCompleteness =
                suppress(schools, completeness, Completeness::students);
        Map<Long, Published<Timeliness>> publishedTimeliness = suppress(schools, timeliness, Timeliness::students);
        Map<Long, Published<ConsentCoverage>> publishedConsent = suppress(schools, consent, ConsentCoverage::guardians);

        List<SchoolReport> reports = new ArrayList<>();
        Lessons regionLessons = Lessons.NONE;
        for (SchoolRow s : schools) {
            Lessons l = lessons.get(s.id());
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
                                                        Function<T, Long> people) {
        Map<Long, Cell> cells = new HashMap<>();
        for (SchoolRow s : schools) {
            cells.put(s.id(), new Cell(people.apply(figures.get(s.id()))));
        }
        Cell region = new Cell(cells.values().stream().mapToLong(Cell::people).sum())
                .splitInto(schools.stream().map(s -> cells.get(s.id())).toList());
        SmallCells.apply(region);
        Map<Long, Published<T>> published = new HashMap<>();
        schools.forEach(s -> published.put(s.id(), publish(cells.get(s.id()), figures.get(s.id()))));
        T sum = schools.stream().map(s -> figures.get(s.id())).reduce(SchoolYearFigures::sum).orElse(null);
        published.put(REGION, sum == null ? Published.suppressed() : publish(region, sum));
        return published;
    }

    @SuppressWarnings("unchecked")
    private static <T> T sum(T a, T b) {
        if (a instanceof Completeness x) {
            return (T) x.plus((Completeness) b);
        }
        if (a instanceof Timeliness x) {
            return (T) x.plus((Timeliness) b);
        }
        return (T) ((ConsentCoverage) a).plus((ConsentCoverage) b);
    }

    private static <T> Published<T> publish(Cell cell, T figures) {
        return cell.isSuppressed() ? Published.suppressed() : Published.of(figures);
    }

    /** How many results a distribution holds, whatever their category. */
    private static long results(ResultDistribution d) {
        return d.counts().values().stream().mapToLong(Long::longValue).sum();
    }

    private Completeness completeness(long schoolId, long periodId) {
        FinalGradeReport report = finalGrades.report(schoolId, periodId, null);
        long overdue = report.deferrals().stream().filter(d -> d.state() == DeferralState.OVERDUE).count();
        Completeness c = Completeness.NONE;
        for (FinalGradeReport.ClassLine line : report.classes()) {
            c = c.plus(new Completeness(line.students(), line.due(), line.graded(), line.deferred(), 0, line.gaps()));
        }
        return new Completeness(c.students(), c.due(), c.graded(), c.activeDeferrals(), overdue, c.gaps());
    }

    private Timeliness timeliness(long schoolId, long periodId, Completeness completeness) {
        Map<PublicationState, Integer> counts = publication.report(schoolId, periodId).counts();
        return new Timeliness(completeness.students(), counts.getOrDefault(PublicationState.ON_TIME, 0),
                counts.getOrDefault(PublicationState.LATE, 0), counts.getOrDefault(PublicationState.OVERDUE, 0),
                counts.getOrDefault(PublicationState.WAITING, 0) + counts.getOrDefault(PublicationState.AT_RISK, 0));
    }

    private Lessons lessons(long schoolId, long periodId) {
        CurriculumReport.Report report = curriculum.of(schoolId,
                new CurriculumReport.Filter(null, null, null, String.valueOf(periodId)));
        Map<String, LessonLine> bySubject = new TreeMap<>();
        // the planned audiences and the lessons held without a plan alike
        java.util.stream.Stream.concat(report.rows().stream(), report.unplanned().stream())
                .forEach(r -> bySubject.merge(r.subject(), new LessonLine(r.subject(), r.planned(), r.held(),
                        r.deficit()), LessonLine::plus));
        List<LessonTypeLine> types = report.types().stream()
                .map(t -> new LessonTypeLine(t.type() == null ? UNTYPED : t.type(), t.held())).toList();
        LessonLine total = bySubject.values().stream().reduce(Lessons.NONE.total(), LessonLine::plus);
        return new Lessons(List.copyOf(bySubject.values()), total, types);
    }

    private Map<Long, ConsentCoverage> consent(long regionId, List<SchoolRow> schools) {
        Map<Long, Long> guardians = figures.guardians(regionId);
        Map<Long, Map<ConsentDecision, Long>> decisions = new HashMap<>();
        figures.consents(regionId).forEach(c -> decisions.computeIfAbsent(c.schoolId(), k -> new HashMap<>())
                .merge(c.decision(), c.guardians(), Long::sum));
        Map<Long, ConsentCoverage> coverage = new HashMap<>();
        for (SchoolRow s : schools) {
            long all = guardians.getOrDefault(s.id(), 0L);
            Map<ConsentDecision, Long> d = decisions.getOrDefault(s.id(), Map.of());
            long given = d.getOrDefault(ConsentDecision.GIVEN, 0L);
            long refused = d.getOrDefault(ConsentDecision.REFUSED, 0L);
            long withdrawn = d.getOrDefault(ConsentDecision.WITHDRAWN, 0L);
            long onPaper = all == 0 ? 0 : paper.of(s.id(), null).stream().flatMap(c -> c.lines().stream())
                    .map(PaperList.Line::guardianId).distinct().count();
            coverage.put(s.id(), new ConsentCoverage(all, given, refused, withdrawn,
                    Math.max(0, all - given - refused - withdrawn), onPaper));
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

    /** Lessons of a school (or the region) in the period, by subject and by lesson type. */
    private record Lessons(List<LessonLine> subjects, LessonLine total, List<LessonTypeLine> types) {

        static final Lessons NONE = new Lessons(List.of(), new LessonLine(null, 0, 0, 0), List.of());

        Lessons plus(Lessons o) {
            Map<String, LessonLine> subjects = new TreeMap<>();
            this.subjects.forEach(l -> subjects.merge(l.subject(), l, LessonLine::plus));
            o.subjects.forEach(l -> subjects.merge(l.subject(), l, LessonLine::plus));
            Map<String, Long> types = new TreeMap<>();
            this.types.forEach(t -> types.merge(t.type(), t.held(), Long::sum));
            o.types.forEach(t -> types.merge(t.type(), t.held(), Long::sum));
            return new Lessons(List.copyOf(subjects.values()), total.plus(o.total),
                    types.entrySet().stream().map(e -> new LessonTypeLine(e.getKey(), e.getValue())).toList());
        }
    }
}
