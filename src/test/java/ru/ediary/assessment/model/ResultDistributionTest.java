package ru.ediary.assessment.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import ru.ediary.journal.model.MarkStatus;

/** The results figures of DESIGN §5 on distributions whose figures are worked out by hand in the comments. */
class ResultDistributionTest {

    /** n5 = 3, n4 = 5, n3 = 4, n2 = 2, н/а = 1, осв = 2, зач = 4, незач = 1. */
    static ResultDistribution aClass() {
        ResultDistribution d = ResultDistribution.EMPTY;
        for (int i = 0; i < 3; i++) {
            d = d.plusGrade(5, null);
        }
        for (int i = 0; i < 5; i++) {
            d = d.plusGrade(4, null);
        }
        for (int i = 0; i < 4; i++) {
            d = d.plusGrade(3, null);
        }
        d = d.plusGrade(2, null).plusGrade(2, null).plusGrade(null, MarkStatus.NOT_ATTESTED);
        d = d.plusGrade(null, MarkStatus.EXEMPT).plusGrade(null, MarkStatus.EXEMPT);
        for (int i = 0; i < 4; i++) {
            d = d.plusGrade(null, MarkStatus.PASS);
        }
        return d.plusGrade(null, MarkStatus.FAIL);
    }

    @Test
    void countsEachCategory() {
        ResultDistribution d = aClass();
        assertEquals(3, d.count(ResultCategory.FIVE));
        assertEquals(5, d.count(ResultCategory.FOUR));
        assertEquals(4, d.count(ResultCategory.THREE));
        assertEquals(2, d.count(ResultCategory.TWO));
        assertEquals(1, d.count(ResultCategory.NOT_ATTESTED));
        assertEquals(2, d.count(ResultCategory.EXEMPT));
        assertEquals(4, d.count(ResultCategory.PASS));
        assertEquals(1, d.count(ResultCategory.FAIL));
        assertEquals(0, d.count(ResultCategory.NO_GRADE));
        assertEquals(22, d.total());
    }

    @Test
    void nKeepsNotAttestedAndLeavesOutExemptAndPassFail() {
        // 3 + 5 + 4 + 2 + 1 (н/а) = 15; осв, зач, незач are not in N
        assertEquals(15, aClass().assessed());
    }

    @Test
    void averageIsOverNumericGradesOnly() {
        // (5·3 + 4·5 + 3·4 + 2·2) / 14 = 51 / 14 = 3.642… → 3.64
        assertEquals(Optional.of(new BigDecimal("3.64")), aClass().average());
    }

    @Test
    void passRateIsFiveFourThreeOverN() {
        // (3 + 5 + 4) / 15 = 80 %
        assertEquals(Optional.of(new BigDecimal("80.0")), aClass().passRate());
    }

    @Test
    void qualityIsFiveFourOverN() {
        // (3 + 5) / 15 = 53.33… → 53.3 %
        assertEquals(Optional.of(new BigDecimal("53.3")), aClass().qualityRate());
    }

    @Test
    void learningDegreeBySimonov() {
        // (100·3 + 64·5 + 36·4 + 16·2 + 7·1) / 15 = (300 + 320 + 144 + 32 + 7) / 15 = 803 / 15 = 53.53… → 53.5 %
        assertEquals(Optional.of(new BigDecimal("53.5")), aClass().learningDegree());
    }

    @Test
    void aOneCountsAmongTheTwosButAddsOneToTheAverage() {
        ResultDistribution d = ResultDistribution.EMPTY.plusGrade(5, null).plusGrade(1, null);
        assertEquals(1, d.count(ResultCategory.TWO));
        assertEquals(Optional.of(new BigDecimal("3.00")), d.average()); // (5 + 1) / 2
        assertEquals(Optional.of(new BigDecimal("50.0")), d.passRate()); // 1 / 2
        assertEquals(Optional.of(new BigDecimal("58.0")), d.learningDegree()); // (100 + 16) / 2
    }

    @Test
    void notAttestedOnlyIsInN() {
        ResultDistribution d = ResultDistribution.EMPTY.plusGrade(null, MarkStatus.NOT_ATTESTED)
                .plusGrade(4, null);
        assertEquals(2, d.assessed());
        assertEquals(Optional.of(new BigDecimal("4.00")), d.average());
        assertEquals(Optional.of(new BigDecimal("50.0")), d.passRate());
        assertEquals(Optional.of(new BigDecimal("50.0")), d.qualityRate());
        assertEquals(Optional.of(new BigDecimal("35.5")), d.learningDegree()); // (64 + 7) / 2
    }

    @Test
    void withoutAnyoneAssessedThereAreNoFigures() {
        ResultDistribution d = ResultDistribution.EMPTY.plusGrade(null, MarkStatus.EXEMPT)
                .plusGrade(null, MarkStatus.PASS).plus(ResultCategory.NO_GRADE, 3, 0);
        assertEquals(0, d.assessed());
        assertTrue(d.average().isEmpty());
        assertTrue(d.passRate().isEmpty());
        assertTrue(d.qualityRate().isEmpty());
        assertTrue(d.learningDegree().isEmpty());
        assertEquals(5, d.total());
    }

    @Test
    void distributionsAddUp() {
        ResultDistribution twice = aClass().plus(aClass());
        assertEquals(30, twice.assessed());
        assertEquals(6, twice.count(ResultCategory.FIVE));
        assertEquals(aClass().learningDegree(), twice.learningDegree());
        assertEquals(aClass().average(), twice.average());
    }

    @Test
    void countsInBulkCarryTheirPoints() {
        ResultDistribution d = ResultDistribution.EMPTY.plus(ResultCategory.FOUR, 3, 12)
                .plus(ResultCategory.THREE, 1, 3);
        assertEquals(Optional.of(new BigDecimal("3.75")), d.average()); // 15 / 4
    }

    @Test
    void categoriesOfGradesAndStatuses() {
        assertEquals(ResultCategory.FIVE, ResultCategory.of(5, null));
        assertEquals(ResultCategory.TWO, ResultCategory.of(1, null));
        assertEquals(ResultCategory.NOT_ATTESTED, ResultCategory.of(null, MarkStatus.NOT_ATTESTED));
        assertEquals(ResultCategory.EXEMPT, ResultCategory.of(null, MarkStatus.EXEMPT));
        assertEquals(ResultCategory.PASS, ResultCategory.of(null, MarkStatus.PASS));
        assertEquals(ResultCategory.FAIL, ResultCategory.of(null, MarkStatus.FAIL));
        assertEquals(ResultCategory.NO_GRADE, ResultCategory.of(null, null));
        assertThrows(IllegalArgumentException.class, () -> ResultCategory.of(6, null));
        assertThrows(IllegalArgumentException.class, () -> ResultDistribution.EMPTY.plus(ResultCategory.FIVE, -1, 0));
    }
}
