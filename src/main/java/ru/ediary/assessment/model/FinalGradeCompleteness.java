package ru.ediary.assessment.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Completeness of the final grades of one reporting period (DESIGN §5): every student × subject the student is
 * taught in the period — through the class, a study group or an individual plan, as the curriculum plan says — has
 * exactly one of a grade, a status (н/а, осв, зач, незач: a status is a grade here) or an active deferral (its
 * deadline not passed). Gaps: {@link GapKind#MISSING_GRADE} (nothing at all), {@link GapKind#OVERDUE_DEFERRAL}
 * (deferred, deadline passed, no grade), {@link GapKind#NOT_TAUGHT} (a grade for a subject the student is not
 * taught). The period is complete when there is no gap.
 */
public final class FinalGradeCompleteness {

    /** A gap: who, in what, and why. */
    public record Gap(StudentSubject who, GapKind kind) {
    }

    /** A deferral's place in the check: its id, who, deadline, and what it came to. */
    public record DeferralCheck(long deferralId, StudentSubject who, LocalDate deadline, DeferralState state,
                                LocalDate gradedOn) {
    }

    /** A deferral as stored: its id, who, deadline. */
    public record DeferralFact(long deferralId, StudentSubject who, LocalDate deadline) {
    }

    private final List<Gap> gaps;
    private final List<DeferralCheck> deferrals;
    private final int due;
    private final int graded;
    private final int activeDeferrals;

    private FinalGradeCompleteness(List<Gap> gaps, List<DeferralCheck> deferrals, int due, int graded,
                                   int activeDeferrals) {
        this.gaps = gaps;
        this.deferrals = deferrals;
        this.due = due;
        this.graded = graded;
        this.activeDeferrals = activeDeferrals;
    }

    /**
     * @param taught    every student × subject taught in the period (duplicates, e.g. a class and a group teaching
     *                  the same subject, count once)
     * @param grades    the grades (and statuses) given in the period: who, and the result date
     * @param deferrals the deferrals of the period
     * @param today     the school's date
     */
    public static FinalGradeCompleteness check(Collection<StudentSubject> taught, Map<StudentSubject, LocalDate> grades,
                                               Collection<DeferralFact> deferrals, LocalDate today) {
        Set<StudentSubject> due = new LinkedHashSet<>(taught);
        Map<StudentSubject, DeferralState> deferralOf = new HashMap<>();
        List<DeferralCheck> checks = new ArrayList<>();
        for (DeferralFact d : deferrals) {
            LocalDate gradedOn = grades.get(d.who());
            DeferralState state = DeferralState.of(d.deadline(), gradedOn, today);
            checks.add(new DeferralCheck(d.deferralId(), d.who(), d.deadline(), state, gradedOn));
            // of two deferrals of one student and subject, the one still standing counts
            deferralOf.merge(d.who(), state, (a, b) -> a == DeferralState.ACTIVE ? a : b);
        }
        List<Gap> gaps = new ArrayList<>();
        int graded = 0;
        int active = 0;
        for (StudentSubject who : due) {
            if (grades.containsKey(who)) {
                graded++;
                continue;
            }
            DeferralState deferral = deferralOf.get(who);
            if (deferral == DeferralState.ACTIVE) {
                active++;
            } else {
                gaps.add(new Gap(who, deferral == DeferralState.OVERDUE ? GapKind.OVERDUE_DEFERRAL
                        : GapKind.MISSING_GRADE));
            }
        }
        for (StudentSubject who : new LinkedHashMap<>(grades).keySet()) {
            if (!due.contains(who)) {
                gaps.add(new Gap(who, GapKind.NOT_TAUGHT));
            }
        }
        return new FinalGradeCompleteness(List.copyOf(gaps), List.copyOf(checks), due.size(), graded, active);
    }

    public List<Gap> gaps() {
        return gaps;
    }

    public List<DeferralCheck> deferrals() {
        return deferrals;
    }

    /** How many student × subject grades the period owes. */
    public int due() {
        return due;
    }

    /** Of {@link #due()}, how many have a grade or status. */
    public int graded() {
        return graded;
    }

    /** Of {@link #due()}, how many are covered by an active deferral. */
    public int activeDeferrals() {
        return activeDeferrals;
    }

    public boolean isComplete() {
        return gaps.isEmpty();
    }
}
