package ru.ediary.assessment.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import ru.ediary.assessment.model.PublicationCause;
import ru.ediary.assessment.model.PublicationRecords.Kind;
import ru.ediary.assessment.model.PublicationState;

/**
 * «Публикация результатов» of one period: how many results are in each state of the 3-day rule, and every result
 * that needs the office's attention (late, at risk, overdue) with its cause.
 *
 * @param counts every state, in the enum's order, zero included
 * @param workingDays whether the school counts the three days as working days
 */
public record PublicationReport(long periodId, String periodName, boolean workingDays,
                                Map<PublicationState, Integer> counts, List<Line> lines) {

    /**
     * @param heldBackNow whether the student is held back at this moment (a consenting guardian without an account)
     */
    public record Line(Kind kind, String what, String studentName, String className, String subjectName,
                       LocalDate resultDate, LocalDate deadline, Instant firstImportedAt, Instant visibleAt,
                       PublicationState state, int daysLate, PublicationCause cause, boolean heldBackNow) {
    }

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
