package ru.ediary.assessment.model;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Function;

/**
 * A period's results beside the previous period's: each figure's difference, now − before (in points of the average,
 * in percentage points for успеваемость, качество and СОУ); empty when either side has no figure.
 */
public record ResultComparison(ResultDistribution now, ResultDistribution before) {

    public ResultComparison {
        now = now == null ? ResultDistribution.EMPTY : now;
        before = before == null ? ResultDistribution.EMPTY : before;
    }

    public Optional<BigDecimal> averageChange() {
        return change(ResultDistribution::average);
    }

    public Optional<BigDecimal> passRateChange() {
        return change(ResultDistribution::passRate);
    }

    public Optional<BigDecimal> qualityRateChange() {
        return change(ResultDistribution::qualityRate);
    }

    public Optional<BigDecimal> learningDegreeChange() {
        return change(ResultDistribution::learningDegree);
    }

    private Optional<BigDecimal> change(Function<ResultDistribution, Optional<BigDecimal>> figure) {
        Optional<BigDecimal> a = figure.apply(now);
        Optional<BigDecimal> b = figure.apply(before);
        return a.isPresent() && b.isPresent() ? Optional.of(a.get().subtract(b.get())) : Optional.empty();
    }
}
