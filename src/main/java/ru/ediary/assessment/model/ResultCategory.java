package ru.ediary.assessment.model;

import ru.ediary.journal.model.MarkStatus;

/**
 * Where one student's result in a subject for a period falls in the results statistics ({@link ResultDistribution}):
 * a grade 5, 4, 3, 2 (a rare «1» counts with «2», both «неудовлетворительно»), «н/а», «осв», «зач», «незач», or no
 * grade at all (no final grade, or too few marks for a forecast).
 */
public enum ResultCategory {
    FIVE("5"),
    FOUR("4"),
    THREE("3"),
    TWO("2"),
    NOT_ATTESTED("н/а"),
    EXEMPT("осв"),
    PASS("зач"),
    FAIL("незач"),
    NO_GRADE("без оценки");

    private final String label;

    ResultCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String getLabel() {
        return label;
    }

    /** The category of a grade (1–5) or a status; neither is «без оценки». */
    public static ResultCategory of(Integer numeric, MarkStatus status) {
        if (numeric != null) {
            return switch (numeric) {
                case 5 -> FIVE;
                case 4 -> FOUR;
                case 3 -> THREE;
                case 1, 2 -> TWO;
                default -> throw new IllegalArgumentException("a grade is 1–5, was " + numeric);
            };
        }
        if (status == null) {
            return NO_GRADE;
        }
        return switch (status) {
            case NOT_ATTESTED -> NOT_ATTESTED;
            case EXEMPT -> EXEMPT;
            case PASS -> PASS;
            case FAIL -> FAIL;
        };
    }
}
