package ru.ediary.family.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class QuietHoursTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private final QuietHours night = new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0));

    @Test
    void aWindowOverMidnightHoldsMessagesTillMorning() {
        assertTrue(night.contains(LocalTime.of(23, 30)));
        assertTrue(night.contains(LocalTime.of(6, 59)));
        assertFalse(night.contains(LocalTime.of(7, 0)));
        assertFalse(night.contains(LocalTime.of(21, 59)));
        assertEquals(ZonedDateTime.of(2026, 12, 1, 7, 0, 0, 0, MOSCOW),
                night.nextAllowed(ZonedDateTime.of(2026, 11, 30, 23, 15, 0, 0, MOSCOW)));
        assertEquals(ZonedDateTime.of(2026, 12, 1, 7, 0, 0, 0, MOSCOW),
                night.nextAllowed(ZonedDateTime.of(2026, 12, 1, 5, 0, 0, 0, MOSCOW)));
    }

    @Test
    void aDaytimeWindowAndNone() {
        QuietHours lessons = new QuietHours(LocalTime.of(8, 0), LocalTime.of(14, 0));
        ZonedDateTime nine = ZonedDateTime.of(2026, 11, 30, 9, 0, 0, 0, MOSCOW);
        assertEquals(nine.withHour(14), lessons.nextAllowed(nine));
        assertEquals(nine, QuietHours.NONE.nextAllowed(nine));
        assertFalse(QuietHours.NONE.contains(LocalTime.MIDNIGHT));
    }
}
