package ru.ediary.family.model;

import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * Тихие часы: the part of the day a guardian asked not to be disturbed in. Immediate messages wait for its end;
 * confirmation codes never wait. A window may wrap around midnight (22:00–07:00).
 */
public record QuietHours(LocalTime from, LocalTime to) {

    /** No quiet hours: messages go out at once. */
    public static final QuietHours NONE = new QuietHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);

    public QuietHours {
        if (from == null || to == null) {
            throw new IllegalArgumentException("quiet hours need both ends");
        }
    }

    public boolean isNone() {
        return from.equals(to);
    }

    public boolean contains(LocalTime time) {
        if (isNone()) {
            return false;
        }
        return from.isBefore(to)
                ? !time.isBefore(from) && time.isBefore(to)
                : !time.isBefore(from) || time.isBefore(to);
    }

    /** The earliest moment at or after {@code at} outside the quiet hours (in {@code at}'s zone). */
    public ZonedDateTime nextAllowed(ZonedDateTime at) {
        if (!contains(at.toLocalTime())) {
            return at;
        }
        ZonedDateTime end = at.with(to).withSecond(0).withNano(0);
        return end.isAfter(at) ? end : end.plusDays(1);
    }

    /** For Faces pages: Expression Language 5 does not read record components. */
    public LocalTime getFrom() {
        return from;
    }

    public LocalTime getTo() {
        return to;
    }
}
