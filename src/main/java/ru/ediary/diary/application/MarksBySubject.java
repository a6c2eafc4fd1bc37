package ru.ediary.diary.application;

import java.math.BigDecimal;
import java.util.List;

/**
 * The page «Оценки по предметам»: the periods to choose from, the chosen one, each subject's marks, and the school's
 * forecast rules (thresholds of «5», «4», «3» and the minimum count of marks) to explain the forecast.
 */
public record MarksBySubject(List<PeriodChoice> periods, PeriodChoice period, List<SubjectForecast> subjects,
                             BigDecimal grade5From, BigDecimal grade4From, BigDecimal grade3From, int minMarks) {

    public List<PeriodChoice> getPeriods() {
        return periods;
    }

    public PeriodChoice getPeriod() {
        return period;
    }

    public List<SubjectForecast> getSubjects() {
        return subjects;
    }

    public BigDecimal getGrade5From() {
        return grade5From;
    }

    public BigDecimal getGrade4From() {
        return grade4From;
    }

    public BigDecimal getGrade3From() {
        return grade3From;
    }

    public int getMinMarks() {
        return minMarks;
    }
}
