package ru.ediary.assessment.model;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Прогноз итоговой оценки for the running period (DESIGN §5): the weighted average ({@link MarkAverage}) rounded by the
 * school's thresholds ({@link ForecastRules}); no forecast («недостаточно оценок») below the school's minimum count
 * of marks; and what would change it — the fewest further «5» that raise it, the fewest «2» that lower it, each
 * with the weight most of the marks carry. One service for the cabinet, the digests and the paper extracts:
 *
 * <pre>
 * GradeForecast f = GradeForecast.of(marks, ForecastRules.of(school));
 * f.average()      // Optional 4.38
 * f.grade()        // Optional 4 (empty when insufficient)
 * f.rise()         // Optional Shift(5, 1, 5): one more «5» gives «5»
 * f.explanation()  // «Ещё одна «5» даст «5». Одна «2» даст «3».»
 * </pre>
 */
public final class GradeForecast {

    /** How many further marks "what would change it" looks ahead; beyond that the forecast is called settled. */
    public static final int HORIZON = 20;

    /** The best and the worst mark a parent is told about. */
    static final int BEST = 5;
    static final int WORST = 2;

    /** {@code count} further marks {@code value} would make the forecast {@code grade}. */
    public record Shift(int value, int count, int grade) {

        public int getValue() {
            return value;
        }

        public int getCount() {
            return count;
        }

        public int getGrade() {
            return grade;
        }

        /** «одна «5» даст «5»», «две «2» дадут «3»», «3 оценки «5» дадут «4»». */
        public String phrase() {
            String verb = count % 10 == 1 && count % 100 != 11 ? "даст" : "дадут";
            return marks(count, value) + " " + verb + " «" + grade + "»";
        }

        static String marks(int count, int value) {
            if (count == 1) {
                return "одна «" + value + "»";
            }
            if (count == 2) {
                return "две «" + value + "»";
            }
            int lastTwo = count % 100;
            int last = count % 10;
            String noun = last == 1 && lastTwo != 11 ? "оценка"
                    : last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14) ? "оценки" : "оценок";
            return count + " " + noun + " «" + value + "»";
        }
    }

    private final MarkAverage average;
    private final ForecastRules rules;
    private final BigDecimal usualWeight;

    private GradeForecast(MarkAverage average, ForecastRules rules, BigDecimal usualWeight) {
        this.average = average;
        this.rules = rules;
        this.usualWeight = usualWeight;
    }

    public static GradeForecast of(Collection<WeightedMark> marks, ForecastRules rules) {
        return new GradeForecast(MarkAverage.of(marks), rules, usualWeight(marks));
    }

    /**
     * The forecast of an average summed elsewhere ({@link MarkAverage#ofTotals}); the marks' usual weight is not
     * known there and is taken as 1 (it matters only for what would change the forecast, not for the grade).
     */
    public static GradeForecast of(MarkAverage average, ForecastRules rules) {
        return new GradeForecast(average, rules, BigDecimal.ONE);
    }

    /**
     * The weight most counted marks carry (the smaller one on a tie, so as not to promise too much); 1 without
     * marks. A further mark is assumed to be of that weight.
     */
    static BigDecimal usualWeight(Collection<WeightedMark> marks) {
        Map<BigDecimal, Long> byWeight = marks.stream().filter(WeightedMark::counts)
                .collect(Collectors.groupingBy(m -> m.weight().stripTrailingZeros(), Collectors.counting()));
        return byWeight.entrySet().stream()
                .max(Comparator.comparing(Map.Entry<BigDecimal, Long>::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(BigDecimal.ONE);
    }

    /** The weighted average to two decimals; empty without numeric marks. */
    public Optional<BigDecimal> average() {
        return average.value();
    }

    /** Numeric marks counted. */
    public int markCount() {
        return average.count();
    }

    public ForecastRules rules() {
        return rules;
    }

    public BigDecimal usualWeight() {
        return usualWeight;
    }

    /** Whether there are enough marks for a forecast. */
    public boolean sufficient() {
        return average.count() >= rules.minMarks();
    }

    /** The forecast grade 2–5; empty when there are not enough marks. */
    public Optional<Integer> grade() {
        return sufficient() ? average.value().map(rules::gradeOf) : Optional.empty();
    }

    /** The fewest further «5» (of the usual weight) that raise the forecast; empty at «5» or when insufficient. */
    public Optional<Shift> rise() {
        return ifAdded(BEST, usualWeight).filter(s -> s.grade() > grade().orElseThrow());
    }

    /** The fewest further «2» (of the usual weight) that lower the forecast; empty at «2» or when insufficient. */
    public Optional<Shift> fall() {
        return ifAdded(WORST, usualWeight).filter(s -> s.grade() < grade().orElseThrow());
    }

    /**
     * The fewest further marks {@code value} of {@code weight} (at most {@link #HORIZON}) after which the forecast is
     * another grade than now; empty when none within the horizon or when there is no forecast yet.
     */
    public Optional<Shift> ifAdded(int value, BigDecimal weight) {
        Optional<Integer> now = grade();
        if (now.isEmpty()) {
            return Optional.empty();
        }
        WeightedMark mark = WeightedMark.of(value, weight);
        for (int n = 1; n <= HORIZON; n++) {
            int then = rules.gradeOf(average.plus(n, mark).value().orElseThrow());
            if (then != now.get()) {
                return Optional.of(new Shift(value, n, then));
            }
        }
        return Optional.empty();
    }

    /**
     * In Russian, for parents: «Недостаточно оценок для прогноза: есть 1, нужно не меньше 3.», or what would raise
     * and lower the forecast: «Ещё одна «5» даст «5». Одна «2» даст «3».»
     */
    public String explanation() {
        if (!sufficient()) {
            if (average.count() == 0) {
                return "Оценок пока нет: прогноз появится, когда их будет не меньше " + rules.minMarks() + ".";
            }
            return "Недостаточно оценок для прогноза: есть " + average.count() + ", нужно не меньше "
                    + rules.minMarks() + ".";
        }
        StringBuilder text = new StringBuilder();
        rise().ifPresent(s -> text.append("Ещё ").append(s.phrase()).append('.'));
        fall().ifPresent(s -> text.append(text.isEmpty() ? "" : " ").append(capitalized(s.phrase())).append('.'));
        if (text.isEmpty()) {
            text.append("Ближайшие ").append(HORIZON).append(" оценок прогноз не изменят.");
        }
        return text.toString();
    }

    private static String capitalized(String phrase) {
        return Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1);
    }
}
