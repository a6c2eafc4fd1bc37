package ru.ediary.assessment.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Средневзвешенный балл: Σ(mark × weight) / Σ(weight) over numeric marks; statuses are left out (DESIGN §5).
 *
 * <p>The average is shown with two decimals, rounded half up, and the forecast rounds <em>that</em> number by the
 * school's thresholds: a parent who reads «4,50» on the page and a «5» threshold of 4,50 must see the forecast «5»,
 * whatever the third decimal was.
 */
public final class MarkAverage {

    public static final int SCALE = 2;

    private final BigDecimal weightedSum;
    private final BigDecimal weights;
    private final int count;

    private MarkAverage(BigDecimal weightedSum, BigDecimal weights, int count) {
        this.weightedSum = weightedSum;
        this.weights = weights;
        this.count = count;
    }

    public static MarkAverage of(Collection<WeightedMark> marks) {
        MarkAverage average = new MarkAverage(BigDecimal.ZERO, BigDecimal.ZERO, 0);
        for (WeightedMark mark : marks) {
            average = average.plus(mark);
        }
        return average;
    }

    /**
     * The average of marks already summed elsewhere (the results statistics sum them per student in the database):
     * Σ(mark × weight), Σ(weight) and the count, over counted marks only.
     */
    public static MarkAverage ofTotals(BigDecimal weightedSum, BigDecimal weights, int count) {
        if (count < 0 || (count > 0 && weights.signum() <= 0)) {
            throw new IllegalArgumentException("totals of " + count + " marks with weights " + weights);
        }
        return new MarkAverage(weightedSum, weights, count);
    }

    /** This average with one more mark (a status changes nothing). */
    public MarkAverage plus(WeightedMark mark) {
        if (!mark.counts()) {
            return this;
        }
        return new MarkAverage(weightedSum.add(mark.weight().multiply(BigDecimal.valueOf(mark.value()))),
                weights.add(mark.weight()), count + 1);
    }

    /** This average with {@code n} more marks of one value and weight. */
    public MarkAverage plus(int n, WeightedMark mark) {
        if (!mark.counts() || n <= 0) {
            return this;
        }
        BigDecimal times = BigDecimal.valueOf(n);
        return new MarkAverage(weightedSum.add(mark.weight().multiply(BigDecimal.valueOf(mark.value())).multiply(times)),
                weights.add(mark.weight().multiply(times)), count + n);
    }

    /** The average to two decimals (half up); empty while there is no numeric mark. */
    public Optional<BigDecimal> value() {
        if (count == 0) {
            return Optional.empty();
        }
        return Optional.of(weightedSum.divide(weights, SCALE, RoundingMode.HALF_UP));
    }

    /** How many numeric marks with a positive weight it holds. */
    public int count() {
        return count;
    }

    /**
     * The average after each counted mark, in the order given: the points of the running-average chart. Statuses
     * add no point.
     */
    public static List<BigDecimal> running(List<WeightedMark> marks) {
        List<BigDecimal> points = new ArrayList<>();
        MarkAverage average = of(List.of());
        for (WeightedMark mark : marks) {
            if (mark.counts()) {
                average = average.plus(mark);
                points.add(average.value().orElseThrow());
            }
        }
        return points;
    }
}
