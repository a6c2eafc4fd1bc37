package ru.ediary.assessment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.ediary.assessment.application.FinalGradeReport.ClassLine;
import ru.ediary.assessment.application.FinalGradeReport.DeferralLine;
import ru.ediary.assessment.application.FinalGradeReport.GapLine;
import ru.ediary.assessment.model.DeferralState;
import ru.ediary.assessment.model.FinalGradeCompleteness;
import ru.ediary.assessment.model.FinalGradeCompleteness.DeferralCheck;
import ru.ediary.assessment.model.FinalGradeCompleteness.DeferralFact;
import ru.ediary.assessment.model.FinalGradeCompleteness.Gap;
import ru.ediary.assessment.model.FinalGradeRecords;
import ru.ediary.assessment.model.GapKind;
import ru.ediary.assessment.model.FinalGradeRecords.ClassRow;
import ru.ediary.assessment.model.FinalGradeRecords.Deferred;
import ru.ediary.assessment.model.FinalGradeRecords.Given;
import ru.ediary.assessment.model.FinalGradeRecords.Taught;
import ru.ediary.assessment.model.StudentSubject;
import ru.ediary.platform.Refusal;
import ru.ediary.school.model.AcademicPeriod;

/**
 * Staff's «Итоговые оценки»: the completeness of a period's final grades per class, the gaps and the deferrals
 * (DESIGN §5), for one school; read from set queries and checked by {@link FinalGradeCompleteness}.
 */
@ApplicationScoped
public class FinalGradeDesk {

    @Inject
    FinalGradeRecords records;

    @Inject
    Clock clock;

    /** The periods a check makes sense for (started), the latest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReportingPeriodChoice> periods(long schoolId) {
        LocalDate today = LocalDate.now(clock);
        return records.startedPeriods(schoolId, today).stream()
                .map(p -> new ReportingPeriodChoice(p.getId(), p.getName() + " " + p.getSchoolYear().getName(),
                        p.getKind().name(), p.isFinishedOn(today)))
                .toList();
    }

    /** The period to start with: the latest finished term, else the latest started period; null when none. */
    public Long defaultPeriod(List<ReportingPeriodChoice> periods) {
        return periods.stream().filter(ReportingPeriodChoice::finished)
                .filter(p -> !"YEAR".equals(p.kind())).findFirst()
                .or(() -> periods.stream().findFirst()).map(ReportingPeriodChoice::id).orElse(null);
    }

    /** The classes assessed in the period; refused for a period of another school. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ClassRow> classes(long schoolId, long periodId) {
        return records.classes(schoolId, period(schoolId, periodId));
    }

    /**
     * The report of a period, for every class or one; refused (nothing read) for a period or class that is not the
     * school's or not assessed in the period.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public FinalGradeReport report(long schoolId, long periodId, Long classId) {
        AcademicPeriod period = period(schoolId, periodId);
        LocalDate today = LocalDate.now(clock);
        List<ClassRow> classes = records.classes(schoolId, period);
        if (classId != null && classes.stream().noneMatch(c -> c.id() == classId)) {
            throw new Refusal("finalGrades.class.unknown");
        }
        List<Taught> taught = records.taught(schoolId, period, classId);
        List<Given> grades = records.grades(schoolId, period, classId);
        List<Deferred> deferrals = records.deferrals(schoolId, period, classId);

        Map<Long, Long> classOf = new HashMap<>();
        Map<Long, String> studentName = new HashMap<>();
        Map<Long, String> className = new HashMap<>();
        Map<Long, String> subjectName = new HashMap<>();
        List<StudentSubject> due = new ArrayList<>();
        for (Taught t : taught) {
            classOf.put(t.studentId(), t.classId());
            studentName.put(t.studentId(), t.studentName());
            className.put(t.classId(), t.className());
            subjectName.put(t.subjectId(), t.subjectName());
            due.add(new StudentSubject(t.studentId(), t.subjectId()));
        }
        Map<StudentSubject, LocalDate> given = new LinkedHashMap<>();
        Map<StudentSubject, String> values = new HashMap<>();
        for (Given g : grades) {
            classOf.put(g.studentId(), g.classId());
            studentName.put(g.studentId(), g.studentName());
            className.put(g.classId(), g.className());
            subjectName.put(g.subjectId(), g.subjectName());
            StudentSubject who = new StudentSubject(g.studentId(), g.subjectId());
            given.merge(who, g.resultDate(), (a, b) -> a.isAfter(b) ? a : b);
            values.put(who, g.value());
        }
        List<DeferralFact> facts = new ArrayList<>();
        Map<Long, Deferred> deferralById = new HashMap<>();
        for (Deferred d : deferrals) {
            facts.add(new DeferralFact(d.id(), new StudentSubject(d.studentId(), d.subjectId()), d.deadline()));
            deferralById.put(d.id(), d);
        }
        FinalGradeCompleteness check = FinalGradeCompleteness.check(due, given, facts, today);

        Map<Long, Integer> order = new HashMap<>();
        for (int i = 0; i < classes.size(); i++) {
            order.put(classes.get(i).id(), i);
        }
        List<GapLine> gaps = new ArrayList<>();
        for (Gap gap : check.gaps()) {
            long student = gap.who().studentId();
            long cls = classOf.get(student);
            gaps.add(new GapLine(student, studentName.get(student), cls, className.get(cls),
                    subjectName.get(gap.who().subjectId()), gap.kind(),
                    gap.kind() == GapKind.NOT_TAUGHT ? values.get(gap.who()) : null));
        }
        gaps.sort(Comparator.comparing((GapLine g) -> order.getOrDefault(g.classId(), Integer.MAX_VALUE))
                .thenComparing(GapLine::studentName).thenComparing(GapLine::subjectName)
                .thenComparing(GapLine::kind));

        List<DeferralLine> deferralLines = new ArrayList<>();
        for (DeferralCheck c : check.deferrals()) {
            Deferred d = deferralById.get(c.deferralId());
            deferralLines.add(new DeferralLine(d.studentId(), d.studentName(), d.classId(), d.className(),
                    d.subjectName(), period.getName(), d.reason(), d.deadline(), c.state(), c.gradedOn()));
        }
        deferralLines.sort(Comparator.comparing(DeferralLine::deadline)
                .thenComparing((DeferralLine d) -> order.getOrDefault(d.classId(), Integer.MAX_VALUE))
                .thenComparing(DeferralLine::studentName).thenComparing(DeferralLine::subjectName));

        List<ClassLine> lines = new ArrayList<>();
        for (ClassRow c : classes) {
            if (classId != null && c.id() != classId) {
                continue;
            }
            lines.add(classLine(c, check, classOf, due));
        }
        return new FinalGradeReport(period.getId(), period.getName(), period.getEndsOn(), period.isFinishedOn(today),
                lines, gaps, deferralLines);
    }

    private static ClassLine classLine(ClassRow c, FinalGradeCompleteness check, Map<Long, Long> classOf,
                                       List<StudentSubject> due) {
        Set<StudentSubject> owed = new HashSet<>();
        Set<Long> students = new HashSet<>();
        for (StudentSubject who : due) {
            if (classOf.get(who.studentId()) == c.id()) {
                owed.add(who);
                students.add(who.studentId());
            }
        }
        int gaps = 0;
        int uncovered = 0;
        for (Gap gap : check.gaps()) {
            if (classOf.get(gap.who().studentId()) == c.id()) {
                gaps++;
                if (owed.contains(gap.who())) {
                    uncovered++;
                }
            }
        }
        Set<StudentSubject> coveredByDeferral = new HashSet<>();
        for (DeferralCheck d : check.deferrals()) {
            if (d.state() == DeferralState.ACTIVE && owed.contains(d.who())) {
                coveredByDeferral.add(d.who());
            }
        }
        // an owed grade is given, covered by an active deferral, or a gap
        int deferred = coveredByDeferral.size();
        int graded = owed.size() - uncovered - deferred;
        return new ClassLine(c.id(), c.name(), students.size(), owed.size(), graded, deferred, gaps);
    }

    private AcademicPeriod period(long schoolId, long periodId) {
        return records.period(schoolId, periodId).orElseThrow(() -> new Refusal("finalGrades.period.unknown"));
    }
}
