package ru.ediary.importing.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.ediary.importing.application.JournalFixture.record;
import static ru.ediary.importing.application.JournalFixture.valid;
import static ru.ediary.importing.model.RecordKind.ACADEMIC_PERIOD;
import static ru.ediary.importing.model.RecordKind.DEFERRAL;
import static ru.ediary.importing.model.RecordKind.EXAM_RESULT;
import static ru.ediary.importing.model.RecordKind.FINAL_GRADE;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.ediary.assessment.model.Deferral;
import ru.ediary.assessment.model.ExamResult;
import ru.ediary.assessment.model.FinalGrade;
import ru.ediary.importing.model.ImportOutcome;
import ru.ediary.importing.model.ImportResult;
import ru.ediary.importing.model.RejectionCode;

/**
 * The assessment rules of the import (issue 10, bad input): today is 2027-05-01 in the fixture (its clock, read in
 * the school's zone); «1 четверть» runs 2026-09-01 – 2026-10-25; «4 четверть (поздняя)» begins 2027-05-10.
 */
class FinalGradeImportRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 5, 1);

    private JournalFixture journal;

    @BeforeEach
    void seed() {
        journal = new JournalFixture().seeded();
        ImportResult late = journal.apply(record(ACADEMIC_PERIOD, "Q4L", 1, "schoolYear", "Y26", "kind", "QUARTER",
                "ordinal", "4", "name", "4 четверть (поздняя)", "startsOn", "2027-05-10", "endsOn", "2027-05-31"));
        assertEquals(ImportOutcome.CREATED, late.outcome(), late::message);
    }

    private void assertRejected(ImportResult result, RejectionCode code, String field, String words) {
        assertEquals(ImportOutcome.REJECTED, result.outcome(), result.kind() + " was not rejected");
        assertEquals(code, result.code(), result::message);
        assertEquals(field, result.field());
        assertTrue(result.message().contains(words), result.message());
    }

    @Test
    void aFinalGradeForAPeriodNotYetStartedIsRejected() {
        ImportResult result = journal.apply(valid(FINAL_GRADE, "X-1", 1, "period", "Q4L", "resultDate",
                "2027-05-12"));
        assertRejected(result, RejectionCode.PERIOD_NOT_STARTED, "period",
                "the period «4 четверть (поздняя)» begins on 2027-05-10, after today (2027-05-01)");
        assertTrue(journal.find(FinalGrade.class, "X-1").isEmpty());
    }

    @Test
    void aFinalGradeDatedTomorrowIsRejectedOneDatedTodayIsTaken() {
        ImportResult tomorrow = journal.apply(valid(FINAL_GRADE, "X-1", 1, "resultDate",
                TODAY.plusDays(1).toString()));
        assertRejected(tomorrow, RejectionCode.RESULT_DATE_IN_FUTURE, "resultDate",
                "2027-05-02 is after today (2027-05-01)");
        assertTrue(journal.find(FinalGrade.class, "X-1").isEmpty());

        ImportResult today = journal.apply(valid(FINAL_GRADE, "X-1", 1, "resultDate", TODAY.toString()));
        assertEquals(ImportOutcome.CREATED, today.outcome(), today::message);
        assertEquals(TODAY, journal.stored(FinalGrade.class, "X-1").getResultDate());
    }

    @Test
    void anExamResultDatedInTheFutureIsRejected() {
        ImportResult result = journal.apply(valid(EXAM_RESULT, "X-1", 1, "resultDate", "2027-05-15"));
        assertRejected(result, RejectionCode.RESULT_DATE_IN_FUTURE, "resultDate", "2027-05-15 is after today");
        assertTrue(journal.find(ExamResult.class, "X-1").isEmpty());

        ImportResult today = journal.apply(valid(EXAM_RESULT, "X-1", 1, "resultDate", "2027-05-01"));
        assertEquals(ImportOutcome.CREATED, today.outcome(), today::message);
    }

    @Test
    void aDeferralEndingBeforeItsPeriodIsRejectedOneEndingOnItsLastDayIsTaken() {
        ImportResult early = journal.apply(valid(DEFERRAL, "X-1", 1, "deadline", "2026-10-24"));
        assertRejected(early, RejectionCode.DEADLINE_BEFORE_PERIOD_END, "deadline",
                "2026-10-24 is before the end of the period «1 четверть» (2026-10-25)");
        assertTrue(journal.find(Deferral.class, "X-1").isEmpty());

        ImportResult lastDay = journal.apply(valid(DEFERRAL, "X-1", 1, "deadline", "2026-10-25"));
        assertEquals(ImportOutcome.CREATED, lastDay.outcome(), lastDay::message);
    }

    @Test
    void aDeferralMayRunPastTodayAndIntoAPeriodNotStarted() {
        // a deadline is a plan, not a result: only the period's end bounds it
        ImportResult result = journal.apply(valid(DEFERRAL, "X-1", 1, "deadline", "2027-05-20"));
        assertEquals(ImportOutcome.CREATED, result.outcome(), result::message);
    }
}
