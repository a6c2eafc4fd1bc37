package ru.ediary.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import ru.ediary.assessment.application.CurriculumReport;
import ru.ediary.assessment.application.FinalGradeDesk;
import ru.ediary.assessment.application.FinalGradeReport;
import ru.ediary.assessment.application.PublicationDesk;
import ru.ediary.assessment.model.DeferralState;
import ru.ediary.assessment.model.PublicationState;
import ru.ediary.reporting.model.Completeness;
import ru.ediary.reporting.model.LessonLine;
import ru.ediary.reporting.model.LessonTypeLine;
import ru.ediary.reporting.model.Timeliness;

/**
 * What the school's own assessment desks say of one period, summed for the region: final-grade completeness
 * ({@link FinalGradeDesk}), the 3-day rule ({@link PublicationDesk}) and lessons against the curriculum
 * ({@link CurriculumReport}) — their rules, not restated here. One school in one transaction, so that a region's
 * schools can be read side by side.
 */
@ApplicationScoped
public class SchoolDesks {

    /** The name of the lessons the journal gave no lesson type. */
    static final String UNTYPED = "без типа";

    @Inject
    FinalGradeDesk finalGrades;

    @Inject
    PublicationDesk publication;

    @Inject
    CurriculumReport curriculum;

    /** A school's figures of a period. */
    public record Figures(Completeness completeness, Timeliness timeliness, Lessons lessons) {

        static final Figures NONE = new Figures(Completeness.NONE, Timeliness.NONE, Lessons.NONE);
    }

    @Transactional
    public Figures of(long schoolId, long periodId) {
        Completeness c = completeness(schoolId, periodId);
        return new Figures(c, timeliness(schoolId, periodId, c), lessons(schoolId, periodId));
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

    /** Lessons of a school (or the region) in the period, by subject and by lesson type. */
    public record Lessons(List<LessonLine> subjects, LessonLine total, List<LessonTypeLine> types) {

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
