package ru.ediary.assessment.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ru.ediary.journal.model.GradeValue;
import ru.ediary.journal.model.MarkStatus;

/** The weighted average and forecast of DESIGN §5, as parents read them; every expected figure is worked by hand. */
class GradeForecastTest {

    private static final ForecastRules RAISED =
            new ForecastRules(new BigDecimal("4.60"), new BigDecimal("3.60"), new BigDecimal("2.60"), 3);

    private static WeightedMark m(int value) {
        return WeightedMark.of(value, BigDecimal.ONE);
    }

    private static WeightedMark m(int value, String weight) {
        return WeightedMark.of(value, weight);
    }

    private static WeightedMark status(MarkStatus status) {
        return WeightedMark.of(GradeValue.status(status), BigDecimal.ONE);
    }

    private static List<WeightedMark> marks(int... values) {
        List<WeightedMark> list = new ArrayList<>();
        for (int v : values) {
            list.add(m(v));
        }
        return list;
    }

    @Test
    void noMarksNoAverageNoForecast() {
        GradeForecast f = GradeForecast.of(List.of(), ForecastRules.DEFAULT);
        assertEquals(Optional.empty(), f.average());
        assertEquals(Optional.empty(), f.grade());
        assertEquals(0, f.markCount());
        assertEquals(Optional.empty(), f.rise());
        assertEquals(Optional.empty(), f.fall());
        assertEquals("Оценок пока нет: прогноз появится, когда их будет не меньше 3.", f.explanation());
    }

    @Test
    void statusesNeitherCountNorAverage() {
        GradeForecast f = GradeForecast.of(List.of(status(MarkStatus.NOT_ATTESTED), status(MarkStatus.EXEMPT),
                status(MarkStatus.PASS), status(MarkStatus.FAIL)), ForecastRules.DEFAULT);
        assertEquals(Optional.empty(), f.average());
        assertEquals(0, f.markCount());
        assertFalse(f.sufficient());

        GradeForecast mixed = GradeForecast.of(List.of(m(5), status(MarkStatus.NOT_ATTESTED), m(3), m(4)),
                ForecastRules.DEFAULT);
        assertEquals(new BigDecimal("4.00"), mixed.average().orElseThrow(), "н/а does not pull the average down");
        assertEquals(3, mixed.markCount());
    }

    @Test
    void weightsMultiplyTheMarks() {
        // (5×1 + 3×3) / (1 + 3) = 14 / 4 = 3.50
        GradeForecast f = GradeForecast.of(List.of(m(5, "1"), m(3, "3"), m(3, "0")), new ForecastRules(
                new BigDecimal("4.50"), new BigDecimal("3.50"), new BigDecimal("2.50"), 2));
        assertEquals(new BigDecimal("3.50"), f.average().orElseThrow());
        assertEquals(2, f.markCount(), "a mark of weight 0 is not counted");
        assertEquals(Optional.of(4), f.grade());
    }

    @Test
    void fractionalWeights() {
        // (4×1.5 + 5×1 + 2×2.5) / 5 = (6 + 5 + 5) / 5 = 3.20
        GradeForecast f = GradeForecast.of(List.of(m(4, "1.5"), m(5, "1.00"), m(2, "2.5")), ForecastRules.DEFAULT);
        assertEquals(new BigDecimal("3.20"), f.average().orElseThrow());
        assertEquals(Optional.of(3), f.grade());
    }

    @Test
    void thresholdsOfTheSchoolDecide45Versus46() {
        List<WeightedMark> even = marks(5, 5, 4, 4); // 4.50
        assertEquals(Optional.of(5), GradeForecast.of(even, ForecastRules.DEFAULT).grade());
        assertEquals(Optional.of(4), GradeForecast.of(even, RAISED).grade());

        List<WeightedMark> threeAndAHalf = marks(4, 3, 4, 3); // 3.50
        assertEquals(Optional.of(4), GradeForecast.of(threeAndAHalf, ForecastRules.DEFAULT).grade());
        assertEquals(Optional.of(3), GradeForecast.of(threeAndAHalf, RAISED).grade());

        List<WeightedMark> twoAndAHalf = marks(3, 2, 3, 2); // 2.50
        assertEquals(Optional.of(3), GradeForecast.of(twoAndAHalf, ForecastRules.DEFAULT).grade());
        assertEquals(Optional.of(2), GradeForecast.of(twoAndAHalf, RAISED).grade());

        List<WeightedMark> high = marks(5, 5, 5, 4, 4); // 23 / 5 = 4.60
        assertEquals(Optional.of(5), GradeForecast.of(high, RAISED).grade(), "exactly on the raised threshold");
    }

    @ParameterizedTest(name = "{0}×{1} + {2}×{3} + {4}×{5} → {6} → «{7}»")
    @CsvSource({
            // (5×0.99 + 4×0.5 + 4×0.51) / 2 = 8.99 / 2 = 4.495 → shown 4.50 → «5»
            "5, 0.99, 4, 0.5, 4, 0.51, 4.50, 5",
            // (5×0.98 + 4×0.51 + 4×0.51) / 2 = 8.98 / 2 = 4.49 → «4»
            "5, 0.98, 4, 0.51, 4, 0.51, 4.49, 4",
            // (4×1 + 3×1 + 4×1) / 3 = 3.666… → 3.67 → «4»
            "4, 1, 3, 1, 4, 1, 3.67, 4",
            // (3×1 + 4×1 + 3×1) / 3 = 3.333… → 3.33 → «3»
            "3, 1, 4, 1, 3, 1, 3.33, 3",
            // (2×2 + 3×1 + 3×1) / 4 = 2.50 → «3»
            "2, 2, 3, 1, 3, 1, 2.50, 3"})
    void averageIsRoundedHalfUpToTwoDecimalsAndTheForecastReadsThatNumber(int a, String wa, int b, String wb, int c,
                                                                          String wc, String average, int grade) {
        GradeForecast f = GradeForecast.of(List.of(m(a, wa), m(b, wb), m(c, wc)), ForecastRules.DEFAULT);
        assertEquals(new BigDecimal(average), f.average().orElseThrow());
        assertEquals(Optional.of(grade), f.grade());
    }

    @Test
    void belowTheMinimumCountThereIsNoForecastButTheAverageIsShown() {
        GradeForecast f = GradeForecast.of(List.of(m(5), m(4), status(MarkStatus.NOT_ATTESTED)),
                ForecastRules.DEFAULT);
        assertFalse(f.sufficient());
        assertEquals(new BigDecimal("4.50"), f.average().orElseThrow());
        assertEquals(Optional.empty(), f.grade());
        assertEquals(Optional.empty(), f.rise());
        assertEquals("Недостаточно оценок для прогноза: есть 2, нужно не меньше 3.", f.explanation());

        ForecastRules five = new ForecastRules(new BigDecimal("4.50"), new BigDecimal("3.50"),
                new BigDecimal("2.50"), 5);
        assertFalse(GradeForecast.of(marks(5, 5, 5, 5), five).sufficient());
        assertTrue(GradeForecast.of(marks(5, 5, 5, 5, 5), five).sufficient());
    }

    @Test
    void oneMoreFiveGivesFive() {
        // 5,5,4,4,4: 22/5 = 4.40 → «4»; +5: 27/6 = 4.50 → «5».
        // +2: 24/6 = 4.00; +2,2: 26/7 = 3.71; +2,2,2: 28/8 = 3.50 (still «4»); four «2»: 30/9 = 3.33 → «3».
        GradeForecast f = GradeForecast.of(marks(5, 5, 4, 4, 4), ForecastRules.DEFAULT);
        assertEquals(new BigDecimal("4.40"), f.average().orElseThrow());
        assertEquals(Optional.of(new GradeForecast.Shift(5, 1, 5)), f.rise());
        assertEquals(Optional.of(new GradeForecast.Shift(2, 4, 3)), f.fall());
        assertEquals("Ещё одна «5» даст «5». 4 оценки «2» дадут «3».", f.explanation());
    }

    @Test
    void theRaisedThresholdNeedsMoreFives() {
        // 5,5,4,4,4 +5: 27/6 = 4.50; +5,5: 32/7 = 4.57; +5,5,5: 37/8 = 4.625 → 4.63 ≥ 4.60 → «5».
        GradeForecast f = GradeForecast.of(marks(5, 5, 4, 4, 4), RAISED);
        assertEquals(Optional.of(new GradeForecast.Shift(5, 3, 5)), f.rise());
        assertTrue(f.explanation().startsWith("Ещё 3 оценки «5» дадут «5»."), f.explanation());
    }

    @Test
    void twoMarksPhraseAndFallFromFour() {
        // 4,4,4: 4.00; +5: 4.25; +5,5: 4.40; +5,5,5: 4.50 → «5». +2: 14/4 = 3.50 (still «4»); +2,2: 16/5 = 3.20 → «3».
        GradeForecast f = GradeForecast.of(marks(4, 4, 4), ForecastRules.DEFAULT);
        assertEquals("Ещё 3 оценки «5» дадут «5». Две «2» дадут «3».", f.explanation());
    }

    @Test
    void atFiveNothingRaisesAtTwoNothingLowers() {
        GradeForecast fives = GradeForecast.of(marks(5, 5, 5), ForecastRules.DEFAULT);
        assertEquals(Optional.empty(), fives.rise());
        // 5,5,5,2: 17/4 = 4.25 → «4»
        assertEquals("Одна «2» даст «4».", fives.explanation());

        GradeForecast twos = GradeForecast.of(marks(2, 2, 2), ForecastRules.DEFAULT);
        assertEquals(Optional.empty(), twos.fall());
        // 2,2,2,5: 11/4 = 2.75 → «3»
        assertEquals("Ещё одна «5» даст «3».", twos.explanation());
    }

    @Test
    void furtherMarksAreAssumedOfTheWeightMostMarksCarry() {
        // 5×3 + 3×1 + 3×1 = 21 / 5 = 4.20. With weight 1: +5 → 26/6 = 4.33, 31/7 = 4.43, 36/8 = 4.50 → three «5».
        // (With the control work's weight 3 one «5» would do: 36/8 — the forecast must not promise that.)
        GradeForecast f = GradeForecast.of(List.of(m(5, "3"), m(3, "1"), m(3, "1.0")), ForecastRules.DEFAULT);
        assertEquals(0, BigDecimal.ONE.compareTo(f.usualWeight()));
        assertEquals(Optional.of(new GradeForecast.Shift(5, 3, 5)), f.rise());
        assertEquals(Optional.of(new GradeForecast.Shift(5, 1, 5)), f.ifAdded(5, new BigDecimal("3")));

        assertEquals(0, BigDecimal.ONE.compareTo(GradeForecast.usualWeight(List.of(m(4, "2"), m(4, "1")))),
                "on a tie the smaller weight");
        assertEquals(0, BigDecimal.ONE.compareTo(GradeForecast.usualWeight(List.of())));
    }

    @Test
    void aSettledForecastSaysSo() {
        List<WeightedMark> many = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            many.add(m(5));
        }
        // sixty «5» and n «2»: (300 + 2n) / (60 + n); n = 12: 324 / 72 = 4.50 → «5»; n = 13: 326 / 73 = 4.47 → «4».
        GradeForecast f = GradeForecast.of(many, ForecastRules.DEFAULT);
        assertEquals(Optional.of(new GradeForecast.Shift(2, 13, 4)), f.fall());
        assertEquals("13 оценок «2» дадут «4».", f.explanation());

        List<WeightedMark> heavy = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            heavy.add(m(4));
        }
        // 800 + 5n over 200 + n reaches 4.50 only at n = 200; 800 + 2n over 200 + n falls to 3.50 only at n = 67.
        assertEquals("Ближайшие 20 оценок прогноз не изменят.", GradeForecast.of(heavy, ForecastRules.DEFAULT)
                .explanation());
    }

    @ParameterizedTest
    @CsvSource({"1, одна «5» даст «4»", "2, две «5» дадут «4»", "3, 3 оценки «5» дадут «4»",
            "5, 5 оценок «5» дадут «4»", "11, 11 оценок «5» дадут «4»", "21, 21 оценка «5» даст «4»",
            "22, 22 оценки «5» дадут «4»", "14, 14 оценок «5» дадут «4»"})
    void russianCounting(int count, String phrase) {
        assertEquals(phrase, new GradeForecast.Shift(5, count, 4).phrase());
    }

    @Test
    void runningAverageAfterEachCountedMark() {
        // 5 → 5.00; н/а adds no point; 3 → 8/2 = 4.00; 5×2 → 18/4 = 4.50
        assertEquals(List.of(new BigDecimal("5.00"), new BigDecimal("4.00"), new BigDecimal("4.50")),
                MarkAverage.running(List.of(m(5), status(MarkStatus.NOT_ATTESTED), m(3), m(5, "2"))));
        assertEquals(List.of(), MarkAverage.running(List.of()));
    }

    @Test
    void rulesMustRiseAndComeFromTheSchoolOrTheDefault() {
        assertThrows(IllegalArgumentException.class, () -> new ForecastRules(new BigDecimal("3.50"),
                new BigDecimal("4.50"), new BigDecimal("2.50"), 3));
        assertThrows(IllegalArgumentException.class, () -> new ForecastRules(new BigDecimal("4.50"),
                new BigDecimal("3.50"), new BigDecimal("2.50"), 0));
        assertEquals(5, ForecastRules.DEFAULT.gradeOf(new BigDecimal("4.50")));
        assertEquals(4, ForecastRules.DEFAULT.gradeOf(new BigDecimal("4.49")));
        assertEquals(2, ForecastRules.DEFAULT.gradeOf(new BigDecimal("2.49")));
        assertEquals(2, ForecastRules.DEFAULT.gradeOf(new BigDecimal("1.00")));
        assertThrows(IllegalArgumentException.class, () -> WeightedMark.of(6, BigDecimal.ONE));
    }
}
