package ru.ediary.reporting.model;

import java.math.BigDecimal;
import java.util.Optional;
import ru.ediary.assessment.model.ResultDistribution;

/** The indicators a region follows over time, each read off a {@link ResultDistribution} (defined there once). */
public enum Indicator {
    /** Средний балл. */
    AVERAGE_GRADE,
    /** Успеваемость, %. */
    PASS_RATE,
    /** Качество знаний, %. */
    QUALITY_RATE,
    /** СОУ, степень обученности учащихся, %. */
    LEARNING_DEGREE;

    public Optional<BigDecimal> of(ResultDistribution results) {
        return switch (this) {
            case AVERAGE_GRADE -> results.average();
            case PASS_RATE -> results.passRate();
            case QUALITY_RATE -> results.qualityRate();
            case LEARNING_DEGREE -> results.learningDegree();
        };
    }
}
