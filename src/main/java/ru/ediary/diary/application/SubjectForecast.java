package ru.ediary.diary.application;

import java.math.BigDecimal;
import java.util.List;

/**
 * A subject's marks in a period with their weighted average and the forecast of the final grade (DESIGN §5).
 *
 * @param grade    the forecast grade, null when there are not enough marks
 * @param running  the average after each counted mark, for the chart
 */
public record SubjectForecast(long subjectId, String subject, List<MarkLine> marks, int counted, BigDecimal average,
                              Integer grade, boolean sufficient, String explanation, List<BigDecimal> running) {

    public long getSubjectId() {
        return subjectId;
    }

    public String getSubject() {
        return subject;
    }

    public List<MarkLine> getMarks() {
        return marks;
    }

    public int getCounted() {
        return counted;
    }

    public BigDecimal getAverage() {
        return average;
    }

    public Integer getGrade() {
        return grade;
    }

    public boolean isSufficient() {
        return sufficient;
    }

    public String getExplanation() {
        return explanation;
    }

    public List<BigDecimal> getRunning() {
        return running;
    }


    /** The average with a decimal comma, as Russian readers write it: «4,38»; empty without marks. */
    public String getAverageText() {
        return average == null ? "" : average.toPlainString().replace('.', ',');
    }
}
