package ru.ediary.assessment.model;

import java.math.BigDecimal;
import ru.ediary.school.model.School;

/**
 * A school's rounding of the weighted average into a final grade, and how many marks a forecast needs (DESIGN §5).
 * Default: «5» from 4.50, «4» from 3.50, «3» from 2.50, at least 3 marks; schools may raise them (4.60 / 3.60 / 2.60).
 */
public record ForecastRules(BigDecimal grade5From, BigDecimal grade4From, BigDecimal grade3From, int minMarks) {

    public static final ForecastRules DEFAULT =
            new ForecastRules(new BigDecimal("4.50"), new BigDecimal("3.50"), new BigDecimal("2.50"), 3);

    public ForecastRules {
        if (grade5From.compareTo(grade4From) <= 0 || grade4From.compareTo(grade3From) <= 0
                || grade3From.compareTo(BigDecimal.ONE) <= 0 || grade5From.compareTo(new BigDecimal(5)) > 0) {
            throw new IllegalArgumentException("thresholds must rise: 1 < «3» " + grade3From + " < «4» " + grade4From
                    + " < «5» " + grade5From + " ≤ 5");
        }
        if (minMarks < 1) {
            throw new IllegalArgumentException("a forecast needs at least one mark, was " + minMarks);
        }
    }

    public static ForecastRules of(School school) {
        return new ForecastRules(school.getGrade5From(), school.getGrade4From(), school.getGrade3From(),
                school.getForecastMinMarks());
    }

    /** The grade 2–5 an average (as shown, two decimals) is rounded to. */
    public int gradeOf(BigDecimal average) {
        if (average.compareTo(grade5From) >= 0) {
            return 5;
        }
        if (average.compareTo(grade4From) >= 0) {
            return 4;
        }
        return average.compareTo(grade3From) >= 0 ? 3 : 2;
    }
}
