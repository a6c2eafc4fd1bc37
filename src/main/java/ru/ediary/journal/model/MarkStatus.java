package ru.ediary.journal.model;

import java.util.Arrays;
import java.util.Optional;

/** Special marks that are statuses, not numbers: they never enter an average. */
public enum MarkStatus {
    NOT_ATTESTED("н/а"),
    EXEMPT("осв"),
    PASS("зач"),
    FAIL("незач");

    private final String label;

    MarkStatus(String label) {
        this.label = label;
    }

    /** How the journal and the paper diary write it: «н/а», «осв», «зач», «незач». */
    public String label() {
        return label;
    }

    /** Accepts the enum name or the Russian label. */
    public static Optional<MarkStatus> parse(String text) {
        return Arrays.stream(values())
                .filter(s -> s.name().equalsIgnoreCase(text) || s.label.equalsIgnoreCase(text))
                .findFirst();
    }
}
