package ru.ediary.assessment.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import ru.ediary.journal.model.MarkStatus;

/**
 * Итоги успеваемости of a group of students (a class in a subject, a class, a school) for a period: how many
 * results fall in each {@link ResultCategory}, and the figures schools report (DESIGN §5). The definitions, written
 * once here and shown on the staff page:
 *
 * <ul>
 * <li><b>N</b> — students assessed: n5 + n4 + n3 + n2 + nн/а. «осв» (освобождён) and students without a grade are
 * left out of N; «н/а» (не аттестован) stays in N; «зач»/«незач» are counted apart and are not in N.</li>
 * <li><b>Средний балл</b> = Σ grades / (n5 + n4 + n3 + n2), over the numeric grades only, two decimals.</li>
 * <li><b>Успеваемость</b> = (n5 + n4 + n3) / N · 100 %.</li>
 * <li><b>Качество знаний</b> = (n5 + n4) / N · 100 %.</li>
 * <li><b>СОУ</b>, степень обученности учащихся (В. П. Симонов, «Педагогический менеджмент», 1997)
 * = (100·n5 + 64·n4 + 36·n3 + 16·n2 + 7·nн/а) / N, in per cent.</li>
 * </ul>
 * Percentages have one decimal, rounded half up; every figure is empty when its divisor is 0.
 *
 * @param counts how many results in each category
 * @param points Σ of the numeric grades (a «1» adds 1, although it is counted among the «2»)
 */
public record ResultDistribution(Map<ResultCategory, Long> counts, long points) {

    public static final int PERCENT_SCALE = 1;
    public static final int AVERAGE_SCALE = 2;

    /** СОУ weights per category (Симонов). */
    private static final Map<ResultCategory, Integer> LEARNING_WEIGHTS = Map.of(ResultCategory.FIVE, 100,
            ResultCategory.FOUR, 64, ResultCategory.THREE, 36, ResultCategory.TWO, 16, ResultCategory.NOT_ATTESTED, 7);

    public static final ResultDistribution EMPTY = new ResultDistribution(Map.of(), 0);

    public ResultDistribution {
        EnumMap<ResultCategory, Long> copy = new EnumMap<>(ResultCategory.class);
        for (ResultCategory c : ResultCategory.values()) {
            long n = counts.getOrDefault(c, 0L);
            if (n < 0) {
                throw new IllegalArgumentException("a count is never negative: " + c + " " + n);
            }
            copy.put(c, n);
        }
        counts = Map.copyOf(copy);
    }

    /** This distribution with {@code n} more results of a category; {@code points} is their grades' sum. */
    public ResultDistribution plus(ResultCategory category, long n, long points) {
        EnumMap<ResultCategory, Long> next = new EnumMap<>(counts);
        next.merge(category, n, Long::sum);
        return new ResultDistribution(next, this.points + points);
    }

    /** One more grade 1–5 or status. */
    public ResultDistribution plusGrade(Integer numeric, MarkStatus status) {
        return plus(ResultCategory.of(numeric, status), 1, numeric == null ? 0 : numeric);
    }

    /** The two together (a class from its subjects, the school from its classes). */
    public ResultDistribution plus(ResultDistribution other) {
        EnumMap<ResultCategory, Long> next = new EnumMap<>(counts);
        other.counts.forEach((c, n) -> next.merge(c, n, Long::sum));
        return new ResultDistribution(next, points + other.points);
    }

    public long count(ResultCategory category) {
        return counts.get(category);
    }

    /** N: students assessed — n5 + n4 + n3 + n2 + nн/а (without «осв», «зач»/«незач» and «без оценки»). */
    public long assessed() {
        return numericCount() + count(ResultCategory.NOT_ATTESTED);
    }

    /** n5 + n4 + n3 + n2. */
    public long numericCount() {
        return count(ResultCategory.FIVE) + count(ResultCategory.FOUR) + count(ResultCategory.THREE)
                + count(ResultCategory.TWO);
    }

    /** Every result counted, N and the ones counted apart. */
    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Средний балл = Σ grades / (n5 + n4 + n3 + n2). */
    public Optional<BigDecimal> average() {
        long n = numericCount();
        return n == 0 ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(points).divide(BigDecimal.valueOf(n), AVERAGE_SCALE,
                        RoundingMode.HALF_UP));
    }

    /** Успеваемость = (n5 + n4 + n3) / N, per cent. */
    public Optional<BigDecimal> passRate() {
        return percent(count(ResultCategory.FIVE) + count(ResultCategory.FOUR) + count(ResultCategory.THREE));
    }

    /** Качество знаний = (n5 + n4) / N, per cent. */
    public Optional<BigDecimal> qualityRate() {
        return percent(count(ResultCategory.FIVE) + count(ResultCategory.FOUR));
    }

    /** СОУ = (100·n5 + 64·n4 + 36·n3 + 16·n2 + 7·nн/а) / N, per cent (Симонов). */
    public Optional<BigDecimal> learningDegree() {
        long n = assessed();
        if (n == 0) {
            return Optional.empty();
        }
        long weighted = 0;
        for (Map.Entry<ResultCategory, Integer> w : LEARNING_WEIGHTS.entrySet()) {
            weighted += w.getValue() * count(w.getKey());
        }
        return Optional.of(BigDecimal.valueOf(weighted).divide(BigDecimal.valueOf(n), PERCENT_SCALE,
                RoundingMode.HALF_UP));
    }

    private Optional<BigDecimal> percent(long part) {
        long n = assessed();
        return n == 0 ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(n), PERCENT_SCALE,
                        RoundingMode.HALF_UP));
    }
}
