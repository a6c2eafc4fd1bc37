package ru.ediary.assessment.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Deficit, surplus and «выполнение программы» of one audience's subject; every figure worked by hand. */
class PlanFulfilmentTest {

    @Test
    void aDeficitIsWhatNeitherWasHeldNorStillStandsInTheTimetable() {
        // 40 planned, 25 held, 10 still to come: 40 − 25 − 10 = 5 missing; 25 / 40 = 62.5 %
        PlanFulfilment f = new PlanFulfilment(40, 25, 1, 10, 2);
        assertEquals(5, f.deficit());
        assertEquals(0, f.surplus());
        assertEquals(new BigDecimal("62.5"), f.percent());
    }

    @Test
    void moreThanPlannedIsASurplusAndNeverANegativeDeficit() {
        // 10 planned, 12 held: deficit 0 (not −2), surplus 2, 120.0 %
        PlanFulfilment f = new PlanFulfilment(10, 12, 0, 0, 0);
        assertEquals(0, f.deficit());
        assertEquals(2, f.surplus());
        assertEquals(new BigDecimal("120.0"), f.percent());
        // 10 planned, 8 held, 3 to come: 8 + 3 − 10 = 1 over the plan, nothing missing
        PlanFulfilment g = new PlanFulfilment(10, 8, 0, 3, 0);
        assertEquals(0, g.deficit());
        assertEquals(1, g.surplus());
        assertEquals(new BigDecimal("80.0"), g.percent());
    }

    @Test
    void thePercentageIsRoundedHalfUpToOneDecimalAndUndefinedWithoutAPlan() {
        assertEquals(new BigDecimal("66.7"), new PlanFulfilment(3, 2, 0, 0, 0).percent()); // 66.666…
        assertEquals(new BigDecimal("12.5"), new PlanFulfilment(8, 1, 0, 0, 0).percent());
        assertEquals(new BigDecimal("0.1"), new PlanFulfilment(2000, 1, 0, 0, 0).percent()); // 0.05 → 0.1
        assertEquals(new BigDecimal("0.0"), new PlanFulfilment(5, 0, 0, 0, 0).percent());
        assertNull(new PlanFulfilment(0, 4, 0, 0, 0).percent());
        assertEquals(4, new PlanFulfilment(0, 4, 0, 0, 0).surplus());
    }

    @Test
    void aShareIsOfTheWholeInPerCent() {
        assertEquals(new BigDecimal("63.4"), PlanFulfilment.share(26, 41)); // 63.41…
        assertEquals(new BigDecimal("7.3"), PlanFulfilment.share(3, 41)); // 7.317…
        assertNull(PlanFulfilment.share(0, 0));
    }
}
