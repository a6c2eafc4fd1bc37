package ru.ediary.importing.model;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.function.Function;

/**
 * Typed, checked access to a record's fields. Every failure names the field, so that the journal can tell which
 * value of which record to fix.
 */
public final class RecordFields {

    private final SourcedRecord record;

    private RecordFields(SourcedRecord record) {
        this.record = record;
    }

    /** Refuses fields the kind does not have and required fields that are absent or blank. */
    public static RecordFields checked(SourcedRecord record) throws RecordRejected {
        Map<String, FieldSpec> specs = record.kind().fields();
        for (String name : record.fields().keySet()) {
            if (!specs.containsKey(name)) {
                throw new RecordRejected(RejectionCode.UNKNOWN_FIELD, name,
                        "a " + record.kind().label() + " has no such field; known fields: " + specs.keySet());
            }
        }
        for (FieldSpec spec : specs.values()) {
            String value = record.fields().get(spec.name());
            if (spec.required() && (value == null || value.isBlank())) {
                throw new RecordRejected(RejectionCode.MISSING_FIELD, spec.name(), "the field is required");
            }
        }
        return new RecordFields(record);
    }

    public SourcedRecord record() {
        return record;
    }

    public boolean has(String field) {
        String value = record.fields().get(field);
        return value != null && !value.isBlank();
    }

    public String text(String field) throws RecordRejected {
        String value = optionalText(field);
        if (value == null) {
            throw new RecordRejected(RejectionCode.MISSING_FIELD, field, "the field is required");
        }
        return value;
    }

    public String optionalText(String field) {
        String value = record.fields().get(field);
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** Text no longer than the column holds; a longer value is refused rather than cut. */
    public String text(String field, int maxLength) throws RecordRejected {
        return limited(field, text(field), maxLength);
    }

    public String optionalText(String field, int maxLength) throws RecordRejected {
        return limited(field, optionalText(field), maxLength);
    }

    private static String limited(String field, String value, int maxLength) throws RecordRejected {
        if (value != null && value.length() > maxLength) {
            throw new RecordRejected(RejectionCode.INVALID_VALUE, field,
                    "is " + value.length() + " characters long, at most " + maxLength + " are allowed");
        }
        return value;
    }

    public LocalDate date(String field) throws RecordRejected {
        return parse(field, text(field), LocalDate::parse, "a date like 2026-09-01");
    }

    public LocalDate optionalDate(String field) throws RecordRejected {
        return has(field) ? date(field) : null;
    }

    public LocalTime time(String field) throws RecordRejected {
        return parse(field, text(field), LocalTime::parse, "a time like 08:30");
    }

    public LocalTime optionalTime(String field) throws RecordRejected {
        return has(field) ? time(field) : null;
    }

    public int integer(String field, int min, int max) throws RecordRejected {
        int value = parse(field, text(field), Integer::parseInt, "a whole number");
        if (value < min || value > max) {
            throw new RecordRejected(RejectionCode.INVALID_VALUE, field,
                    value + " is out of range " + min + "–" + max);
        }
        return value;
    }

    public Integer optionalInteger(String field, int min, int max) throws RecordRejected {
        return has(field) ? integer(field, min, max) : null;
    }

    public BigDecimal decimal(String field, BigDecimal min, BigDecimal max) throws RecordRejected {
        BigDecimal value = parse(field, text(field).replace(',', '.'), BigDecimal::new, "a number like 1.5");
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new RecordRejected(RejectionCode.INVALID_VALUE, field,
                    value.toPlainString() + " is out of range " + min.toPlainString() + "–" + max.toPlainString());
        }
        return value;
    }

    public boolean flag(String field) throws RecordRejected {
        String value = optionalText(field);
        if (value == null) {
            return false;
        }
        return switch (value.toLowerCase()) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw new RecordRejected(RejectionCode.INVALID_VALUE, field,
                    "«" + value + "» is not true or false");
        };
    }

    public <E extends Enum<E>> E enumValue(String field, Class<E> type) throws RecordRejected {
        String value = text(field);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value)) {
                return constant;
            }
        }
        throw new RecordRejected(RejectionCode.INVALID_VALUE, field,
                "«" + value + "» is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }

    /** ISO day of week: 1 (Monday) … 7, or its English name. */
    public DayOfWeek weekday(String field) throws RecordRejected {
        String value = text(field);
        if (value.matches("[1-7]")) {
            return DayOfWeek.of(Integer.parseInt(value));
        }
        return enumValue(field, DayOfWeek.class);
    }

    private static <T> T parse(String field, String value, Function<String, T> parser, String expected)
            throws RecordRejected {
        try {
            return parser.apply(value.trim());
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new RecordRejected(RejectionCode.INVALID_VALUE, field, "«" + value + "» is not " + expected);
        }
    }

    /** A failure of a rule that spans fields, reported against the field named. */
    public RecordRejected invalid(String field, String message) {
        return new RecordRejected(RejectionCode.INVALID_VALUE, field, message);
    }
}
