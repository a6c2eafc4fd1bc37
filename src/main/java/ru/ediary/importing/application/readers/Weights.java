package ru.ediary.importing.application.readers;

import java.math.BigDecimal;
import ru.ediary.importing.model.RecordFields;
import ru.ediary.importing.model.RecordRejected;

/** Reads the weight of a mark or a work type in the weighted average: 0–10, as the column holds it. */
final class Weights {

    /** Decimal places the weight columns keep; more would be rounded away silently by the database. */
    static final int SCALE = 2;

    private Weights() {
    }

    static BigDecimal read(RecordFields fields, String field) throws RecordRejected {
        BigDecimal weight = fields.decimal(field, BigDecimal.ZERO, MarkReader.MAX_WEIGHT);
        if (weight.stripTrailingZeros().scale() > SCALE) {
            throw fields.invalid(field, weight.toPlainString() + " has more than " + SCALE + " decimal places");
        }
        return weight;
    }
}
