package ru.ediary.assessment.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import ru.ediary.assessment.model.ForecastRules;
import ru.ediary.assessment.model.ResultFigures.StudentTotals;

/** The running period's forecast from marks summed in the database is the cabinet's forecast rule. */
class ResultStatisticsForecastTest {

    private static StudentTotals totals(String sum, String weights, long count) {
        return new StudentTotals(1, 2, 3, new BigDecimal(sum), new BigDecimal(weights), count);
    }

    @Test
    void theWeightedAverageRoundedByTheThresholds() {
        // 5 (weight 2), 4, 3, 4: (10 + 4 + 3 + 4) / 5 = 4.20 → «4»
        assertEquals(Optional.of(4), ResultStatistics.forecast(totals("21", "5", 4), ForecastRules.DEFAULT));
        // 5, 4, 5, 4: 18 / 4 = 4.50 → «5» from 4.50
        assertEquals(Optional.of(5), ResultStatistics.forecast(totals("18", "4", 4), ForecastRules.DEFAULT));
        // a school with «5» from 4.60 gives «4»
        ForecastRules strict = new ForecastRules(new BigDecimal("4.60"), new BigDecimal("3.60"),
                new BigDecimal("2.60"), 3);
        assertEquals(Optional.of(4), ResultStatistics.forecast(totals("18", "4", 4), strict));
        // 2, 3, 2 (weights 1): 7 / 3 = 2.33 → «2»
        assertEquals(Optional.of(2), ResultStatistics.forecast(totals("7", "3", 3), ForecastRules.DEFAULT));
    }

    @Test
    void tooFewMarksGiveNoForecast() {
        assertEquals(Optional.empty(), ResultStatistics.forecast(totals("10", "2", 2), ForecastRules.DEFAULT));
    }
}
