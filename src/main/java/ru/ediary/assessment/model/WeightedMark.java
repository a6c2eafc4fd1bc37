package ru.ediary.assessment.model;

import java.math.BigDecimal;
import java.util.Objects;
import ru.ediary.journal.model.GradeValue;

/**
 * A mark as the weighted average counts it: its value 1–5 and the weight of its work type. A status («н/а», «осв»,
 * «зач», «незач») has no value and never enters an average (DESIGN §5).
 *
 * @param value  1–5, or null for a status
 * @param weight the work type's weight; a mark without a positive weight is not counted
 */
public record WeightedMark(Integer value, BigDecimal weight) {

    public WeightedMark {
        if (value != null && (value < 1 || value > 5)) {
            throw new IllegalArgumentException("a mark is 1–5, was " + value);
        }
        Objects.requireNonNull(weight, "weight");
    }

    public static WeightedMark of(int value, BigDecimal weight) {
        return new WeightedMark(value, weight);
    }

    public static WeightedMark of(int value, String weight) {
        return new WeightedMark(value, new BigDecimal(weight));
    }

    /** A journal mark: numeric marks count, statuses are kept only to be left out. */
    public static WeightedMark of(GradeValue value, BigDecimal weight) {
        return new WeightedMark(value.isNumeric() ? value.getNumeric() : null, weight);
    }

    /** Whether the mark enters the average: a number with a positive weight. */
    public boolean counts() {
        return value != null && weight.signum() > 0;
    }
}
