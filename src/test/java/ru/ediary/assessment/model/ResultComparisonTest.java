package ru.ediary.assessment.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResultComparisonTest {

    /** n5 = 2, n4 = 4, n3 = 6, n2 = 3: N 15, average 50/15 = 3.33, 80.0 %, 40.0 %, СОУ 720/15 = 48.0 %. */
    static ResultDistribution before() {
        return ResultDistribution.EMPTY.plus(ResultCategory.FIVE, 2, 10).plus(ResultCategory.FOUR, 4, 16)
                .plus(ResultCategory.THREE, 6, 18).plus(ResultCategory.TWO, 3, 6);
    }

    @Test
    void eachFigureChangesByNowMinusBefore() {
        ResultComparison c = new ResultComparison(ResultDistributionTest.aClass(), before());
        assertEquals(Optional.of(new BigDecimal("3.33")), before().average());
        assertEquals(Optional.of(new BigDecimal("48.0")), before().learningDegree());
        assertEquals(Optional.of(new BigDecimal("0.31")), c.averageChange()); // 3.64 − 3.33
        assertEquals(Optional.of(new BigDecimal("0.0")), c.passRateChange()); // 80.0 − 80.0
        assertEquals(Optional.of(new BigDecimal("13.3")), c.qualityRateChange()); // 53.3 − 40.0
        assertEquals(Optional.of(new BigDecimal("5.5")), c.learningDegreeChange()); // 53.5 − 48.0
    }

    @Test
    void noChangeWithoutThePreviousFigures() {
        ResultComparison c = new ResultComparison(ResultDistributionTest.aClass(), null);
        assertTrue(c.averageChange().isEmpty());
        assertTrue(c.learningDegreeChange().isEmpty());
        assertEquals(0, c.before().total());
    }
}
