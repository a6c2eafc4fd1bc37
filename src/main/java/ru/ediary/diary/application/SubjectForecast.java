package ru.ediary.diary.application;

import java.math.BigDecimal;
import java.util.List;

/**
 * A subject's marks in a period with their weighted average and the forecast of the final grade (DESIGN §5).
 *
 * @param grade    the forecast grade, null when there are not enough marks
 * @param running  the average after each counted mark, for the chart
 */
public record SubjectForecast(String subject, List<MarkLine> marks, BigDecimal average, Integer grade,
                              boolean sufficient, String explanation, List<BigDecimal> running) {

    public String getSubject() {
        return subject;
    }

    public List<MarkLine> getMarks() {
        return marks;
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
}
