package ru.ediary.assessment.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The 3-day publication rule: deadlines in calendar and working days, the states and their causes. */
class PublicationRuleTest {

    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(MOSCOW).toInstant();
    }

    @Nested
    class Deadline {

        @Test
        void threeCalendarDaysAfterTheResult() {
            // Friday 23 October 2026 -> Monday 26 October, week-end or not
            assertEquals(LocalDate.of(2026, 10, 26), ResultDeadline.of(LocalDate.of(2026, 10, 23), false, Set.of()));
        }

        @Test
        void threeWorkingDaysSkipTheWeekEnd() {
            // Friday 23 October: Mon 26, Tue 27, Wed 28
            assertEquals(LocalDate.of(2026, 10, 28), ResultDeadline.of(LocalDate.of(2026, 10, 23), true, Set.of()));
            // Wednesday 21 October: Thu 22, Fri 23, Mon 26
            assertEquals(LocalDate.of(2026, 10, 26), ResultDeadline.of(LocalDate.of(2026, 10, 21), true, Set.of()));
        }

        @Test
        void threeWorkingDaysSkipTheSchoolsHolidays() {
            // autumn holidays 26 October to 3 November: a result of Friday 23 October counts Wed 4, Thu 5 and
            // Fri 6 November
            Set<LocalDate> holidays = Set.of(LocalDate.of(2026, 10, 26), LocalDate.of(2026, 10, 27),
                    LocalDate.of(2026, 10, 28), LocalDate.of(2026, 10, 29), LocalDate.of(2026, 10, 30),
                    LocalDate.of(2026, 10, 31), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 2),
                    LocalDate.of(2026, 11, 3));
            assertEquals(LocalDate.of(2026, 11, 6), ResultDeadline.of(LocalDate.of(2026, 10, 23), true, holidays));
            // in calendar days the holidays change nothing
            assertEquals(LocalDate.of(2026, 10, 26), ResultDeadline.of(LocalDate.of(2026, 10, 23), false, holidays));
        }
    }

    @Nested
    class States {

        final LocalDate deadline = LocalDate.of(2026, 10, 26);

        @Test
        void visibleByTheEndOfTheDeadlineDayIsOnTime() {
            PublicationVerdict v = PublicationVerdict.judge(deadline, at("2026-10-23T18:00"),
                    at("2026-10-26T23:59:59"), at("2026-11-20T10:00"), MOSCOW);
            assertEquals(PublicationState.ON_TIME, v.state());
            assertNull(v.cause());
        }

        @Test
        void visibleAfterTheDeadlineIsLateByTheDaysAfterIt() {
            // arrived in time, held back until an account was opened two days after the deadline
            PublicationVerdict held = PublicationVerdict.judge(deadline, at("2026-10-24T09:00"),
                    at("2026-10-28T08:00"), at("2026-11-20T10:00"), MOSCOW);
            assertEquals(PublicationState.LATE, held.state());
            assertEquals(2, held.daysLate());
            assertEquals(PublicationCause.HELD_BACK, held.cause());
            // the journal sent it just after midnight of the deadline day: arrived late, visible at once
            PublicationVerdict arrived = PublicationVerdict.judge(deadline, at("2026-10-27T00:00:01"),
                    at("2026-10-27T00:00:01"), at("2026-11-20T10:00"), MOSCOW);
            assertEquals(PublicationState.LATE, arrived.state());
            assertEquals(1, arrived.daysLate());
            assertEquals(PublicationCause.ARRIVED_LATE, arrived.cause());
        }

        @Test
        void notVisibleWithTheDeadlineTodayOrTomorrowIsAtRisk() {
            PublicationVerdict tomorrow = PublicationVerdict.judge(deadline, at("2026-10-24T09:00"), null,
                    at("2026-10-25T00:00"), MOSCOW);
            assertEquals(PublicationState.AT_RISK, tomorrow.state());
            assertEquals(PublicationCause.HELD_BACK, tomorrow.cause());
            PublicationVerdict lastMinute = PublicationVerdict.judge(deadline, at("2026-10-24T09:00"), null,
                    at("2026-10-26T23:59"), MOSCOW);
            assertEquals(PublicationState.AT_RISK, lastMinute.state());
        }

        @Test
        void notVisibleWithTheDeadlineFurtherIsWaiting() {
            PublicationVerdict v = PublicationVerdict.judge(deadline, at("2026-10-23T18:00"), null,
                    at("2026-10-24T23:59"), MOSCOW);
            assertEquals(PublicationState.WAITING, v.state());
            assertNull(v.cause());
        }

        @Test
        void notVisibleAfterTheDeadlineDayIsOverdueByDays() {
            PublicationVerdict held = PublicationVerdict.judge(deadline, at("2026-10-24T09:00"), null,
                    at("2026-10-27T00:00"), MOSCOW);
            assertEquals(PublicationState.OVERDUE, held.state());
            assertEquals(1, held.daysLate());
            assertEquals(PublicationCause.HELD_BACK, held.cause());
            PublicationVerdict arrived = PublicationVerdict.judge(deadline, at("2026-10-30T12:00"), null,
                    at("2026-10-31T12:00"), MOSCOW);
            assertEquals(PublicationState.OVERDUE, arrived.state());
            assertEquals(5, arrived.daysLate());
            assertEquals(PublicationCause.ARRIVED_LATE, arrived.cause());
        }

        @Test
        void theDayEndsInSchoolTimeNotUtc() {
            // 26 October 23:30 Moscow is 20:30 UTC: still the deadline day in the school
            PublicationVerdict v = PublicationVerdict.judge(deadline, at("2026-10-23T18:00"),
                    Instant.parse("2026-10-26T20:30:00Z"), at("2026-11-20T10:00"), MOSCOW);
            assertEquals(PublicationState.ON_TIME, v.state());
            // 27 October 00:30 Moscow is 26 October 21:30 UTC: a day late
            PublicationVerdict late = PublicationVerdict.judge(deadline, at("2026-10-23T18:00"),
                    Instant.parse("2026-10-26T21:30:00Z"), at("2026-11-20T10:00"), MOSCOW);
            assertEquals(PublicationState.LATE, late.state());
        }
    }
}
