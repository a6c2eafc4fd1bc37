package ru.ediary.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class SchoolClockTest {

    @Test
    void withoutASettingItIsTheSystemClockInTheSchoolsZone() {
        Clock clock = SchoolClock.from("  ");
        assertEquals(SchoolTime.ZONE, clock.getZone());
        assertTrue(Duration.between(Instant.now(), clock.instant()).abs().compareTo(Duration.ofSeconds(5)) < 0);
    }

    @Test
    void aSetClockShowsTheChosenLocalTimeAndRunsOn() throws Exception {
        Clock friday = SchoolClock.from("2026-12-04T17:30");
        LocalDateTime shown = LocalDateTime.now(friday);
        assertEquals(DayOfWeek.FRIDAY, shown.getDayOfWeek());
        assertTrue(!shown.isBefore(LocalDateTime.of(2026, 12, 4, 17, 30))
                && shown.isBefore(LocalDateTime.of(2026, 12, 4, 17, 31)), shown.toString());
        Instant first = friday.instant();
        Thread.sleep(20);
        assertTrue(friday.instant().isAfter(first), "it runs on");
        assertEquals(Instant.parse("2026-12-04T14:30:00Z"), first.truncatedTo(java.time.temporal.ChronoUnit.MINUTES),
                "17:30 in Moscow is 14:30 UTC");
    }

    @Test
    void aDateAloneStartsAtMidnight() {
        Clock sunday = SchoolClock.from("2026-12-06");
        assertEquals(LocalDate.of(2026, 12, 6), LocalDate.now(sunday));
        assertEquals(0, LocalDateTime.now(sunday).getHour());
    }

    @Test
    void aSettingThatIsNoDateIsRefusedWithWhatIsExpected() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> SchoolClock.from("friday evening"));
        assertTrue(refused.getMessage().contains("2026-12-04T17:30"), refused.getMessage());
    }
}
