package ru.ediary.journal.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A mark or a final grade: a number 1–5 or one of the statuses (н/а, осв, зач, незач), never both. */
@Embeddable
public class GradeValue {

    @Column(name = "numeric_value")
    private Integer numeric;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 16)
    private MarkStatus status;

    protected GradeValue() {
    }

    private GradeValue(Integer numeric, MarkStatus status) {
        this.numeric = numeric;
        this.status = status;
    }

    public static GradeValue numeric(int value) {
        if (value < 1 || value > 5) {
            throw new IllegalArgumentException("a mark is 1–5, was " + value);
        }
        return new GradeValue(value, null);
    }

    public static GradeValue status(MarkStatus status) {
        return new GradeValue(null, status);
    }

    /** «5», «3», «н/а», «зач» — as the journal writes it; anything else is refused. */
    public static GradeValue parse(String text) {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.matches("[1-5]")) {
            return numeric(Integer.parseInt(trimmed));
        }
        return MarkStatus.parse(trimmed).map(GradeValue::status).orElseThrow(() ->
                new IllegalArgumentException("«" + trimmed + "» is neither a mark 1–5 nor one of н/а, осв, зач, незач"));
    }

    public Integer getNumeric() {
        return numeric;
    }

    public MarkStatus getStatus() {
        return status;
    }

    public boolean isNumeric() {
        return numeric != null;
    }

    public String label() {
        return numeric != null ? numeric.toString() : status.label();
    }

    @Override
    public String toString() {
        return label();
    }
}
