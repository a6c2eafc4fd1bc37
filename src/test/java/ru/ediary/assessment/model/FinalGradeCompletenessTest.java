package ru.ediary.assessment.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.ediary.assessment.model.FinalGradeCompleteness.DeferralFact;
import ru.ediary.assessment.model.FinalGradeCompleteness.Gap;

/**
 * Hand-computed cases. Class 5А: students 1, 2, 3; maths (10) and Russian (20) taught to the class; English (30)
 * taught to group 1 (students 1 and 2); student 3 on an individual plan also has music (40). That makes
 * 3×2 + 2 + 1 = 9 grades due.
 */
class FinalGradeCompletenessTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 10);
    private static final LocalDate RESULT = LocalDate.of(2026, 10, 28);

    private static StudentSubject ss(long student, long subject) {
        return new StudentSubject(student, subject);
    }

    private static List<StudentSubject> taught() {
        List<StudentSubject> taught = new ArrayList<>();
        for (long s = 1; s <= 3; s++) {
            taught.add(ss(s, 10));
            taught.add(ss(s, 20));
        }
        taught.add(ss(1, 30)); // group
        taught.add(ss(2, 30)); // group
        taught.add(ss(3, 40)); // individual plan
        taught.add(ss(1, 10)); // taught twice (class and group): owed once
        return taught;
    }

    private static Map<StudentSubject, LocalDate> allGraded() {
        Map<StudentSubject, LocalDate> grades = new LinkedHashMap<>();
        for (StudentSubject who : taught()) {
            grades.put(who, RESULT);
        }
        return grades;
    }

    @Test
    void everyGradeGivenIsComplete() {
        FinalGradeCompleteness c = FinalGradeCompleteness.check(taught(), allGraded(), List.of(), TODAY);
        assertTrue(c.isComplete());
        assertEquals(9, c.due());
        assertEquals(9, c.graded());
        assertEquals(0, c.activeDeferrals());
    }

    @Test
    void aMissingGradeOfTheGroupAndOfThePlanAreGaps() {
        Map<StudentSubject, LocalDate> grades = allGraded();
        grades.remove(ss(2, 30));
        grades.remove(ss(3, 40));
        FinalGradeCompleteness c = FinalGradeCompleteness.check(taught(), grades, List.of(), TODAY);
        assertFalse(c.isComplete());
        assertEquals(List.of(new Gap(ss(2, 30), GapKind.MISSING_GRADE), new Gap(ss(3, 40), GapKind.MISSING_GRADE)),
                c.gaps());
        assertEquals(7, c.graded());
    }

    @Test
    void anActiveDeferralCoversTheGradeUntilItsDeadlineDayIncluded() {
        Map<StudentSubject, LocalDate> grades = allGraded();
        grades.remove(ss(1, 10));
        List<DeferralFact> deferrals = List.of(new DeferralFact(100, ss(1, 10), TODAY));
        FinalGradeCompleteness c = FinalGradeCompleteness.check(taught(), grades, deferrals, TODAY);
        assertTrue(c.isComplete());
        assertEquals(1, c.activeDeferrals());
        assertEquals(8, c.graded());
        assertEquals(DeferralState.ACTIVE, c.deferrals().get(0).state());
        assertNull(c.deferrals().get(0).gradedOn());
    }

    @Test
    void theDayAfterTheDeadlineTheDeferralIsOverdueAndAGap() {
        Map<StudentSubject, LocalDate> grades = allGraded();
        grades.remove(ss(1, 10));
        List<DeferralFact> deferrals = List.of(new DeferralFact(100, ss(1, 10), TODAY.minusDays(1)));
        FinalGradeCompleteness c = FinalGradeCompleteness.check(taught(), grades, deferrals, TODAY);
        assertEquals(List.of(new Gap(ss(1, 10), GapKind.OVERDUE_DEFERRAL)), c.gaps());
        assertEquals(DeferralState.OVERDUE, c.deferrals().get(0).state());
        assertEquals(0, c.activeDeferrals());
    }

    @Test
    void aGradeClosesTheDeferralEvenPastItsDeadlineAndNamesItsDate() {
        Map<StudentSubject, LocalDate> grades = allGraded();
        LocalDate late = LocalDate.of(2026, 11, 9);
        grades.put(ss(3, 20), late);
        List<DeferralFact> deferrals = List.of(new DeferralFact(7, ss(3, 20), LocalDate.of(2026, 11, 5)));
        FinalGradeCompleteness c = FinalGradeCompleteness.check(taught(), grades, deferrals, TODAY);
        assertTrue(c.isComplete());
        assertEquals(DeferralState.CLOSED, c.deferrals().get(0).state());
        assertEquals(late, c.deferrals().get(0).gradedOn());
        assertEquals(9, c.graded());
    }

    @Test
    void aGradeInASubjectNotTaughtIsSuspicious() {
        Map<StudentSubject, LocalDate> grades = allGraded();
        grades.put(ss(3, 30), RESULT); // student 3 is not in the English group
        FinalGradeCompleteness c = FinalGradeCompleteness.check(taught(), grades, List.of(), TODAY);
        assertEquals(List.of(new Gap(ss(3, 30), GapKind.NOT_TAUGHT)), c.gaps());
        assertEquals(9, c.graded());
    }

    @Test
    void allThreeKindsTogether() {
        Map<StudentSubject, LocalDate> grades = allGraded();
        grades.remove(ss(1, 20)); // missing
        grades.remove(ss(2, 20)); // overdue deferral
        grades.remove(ss(2, 10)); // active deferral
        grades.put(ss(1, 40), RESULT); // music is student 3's plan only
        List<DeferralFact> deferrals = List.of(new DeferralFact(1, ss(2, 20), TODAY.minusDays(3)),
                new DeferralFact(2, ss(2, 10), TODAY.plusDays(3)));
        FinalGradeCompleteness c = FinalGradeCompleteness.check(taught(), grades, deferrals, TODAY);
        Map<GapKind, Integer> counts = new HashMap<>();
        c.gaps().forEach(g -> counts.merge(g.kind(), 1, Integer::sum));
        assertEquals(Map.of(GapKind.MISSING_GRADE, 1, GapKind.OVERDUE_DEFERRAL, 1, GapKind.NOT_TAUGHT, 1), counts);
        assertEquals(3, c.gaps().size());
        assertEquals(6, c.graded()); // 9 due − 3 without a grade
        assertEquals(1, c.activeDeferrals());
    }

    @Test
    void aSecondDeferralStillStandingCoversAnOverdueFirst() {
        Map<StudentSubject, LocalDate> grades = allGraded();
        grades.remove(ss(2, 20));
        List<DeferralFact> deferrals = List.of(new DeferralFact(1, ss(2, 20), TODAY.minusDays(10)),
                new DeferralFact(2, ss(2, 20), TODAY.plusDays(10)));
        FinalGradeCompleteness c = FinalGradeCompleteness.check(taught(), grades, deferrals, TODAY);
        assertTrue(c.isComplete());
        assertEquals(List.of(DeferralState.OVERDUE, DeferralState.ACTIVE),
                c.deferrals().stream().map(FinalGradeCompleteness.DeferralCheck::state).toList());
    }

    @Test
    void deferralStates() {
        LocalDate deadline = LocalDate.of(2026, 11, 20);
        assertEquals(DeferralState.ACTIVE, DeferralState.of(deadline, null, deadline));
        assertEquals(DeferralState.OVERDUE, DeferralState.of(deadline, null, deadline.plusDays(1)));
        assertEquals(DeferralState.CLOSED, DeferralState.of(deadline, deadline.plusDays(5), deadline.plusDays(6)));
        assertEquals(DeferralState.CLOSED, DeferralState.of(deadline, deadline.minusDays(5), deadline.minusDays(6)));
    }
}
