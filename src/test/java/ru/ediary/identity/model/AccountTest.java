package ru.ediary.identity.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountTest {

    private final Instant t0 = Instant.parse("2026-11-30T09:00:00Z");
    private final Account account = new Account("demo.admin", "hash", "Администратор", Set.of(Role.SCHOOL_ADMIN), t0);

    @Test
    void theFirstFailuresCostNoWaiting() {
        account.recordFailure(t0);
        account.recordFailure(t0);
        assertTrue(account.retryAllowedAt().isBefore(t0));
    }

    @Test
    void fromTheThirdFailureInARowTheWaitDoublesEachTime() {
        for (int i = 0; i < 3; i++) {
            account.recordFailure(t0);
        }
        assertEquals(t0.plusSeconds(2), account.retryAllowedAt());
        account.recordFailure(t0);
        assertEquals(t0.plusSeconds(4), account.retryAllowedAt());
        account.recordFailure(t0);
        assertEquals(t0.plusSeconds(8), account.retryAllowedAt());
    }

    @Test
    void theWaitIsCappedAtFiveMinutes() {
        for (int i = 0; i < 40; i++) {
            account.recordFailure(t0);
        }
        assertEquals(t0.plus(Duration.ofMinutes(5)), account.retryAllowedAt());
    }

    @Test
    void aSuccessfulSignInForgetsTheFailures() {
        for (int i = 0; i < 5; i++) {
            account.recordFailure(t0);
        }
        account.recordSuccess();
        assertEquals(0, account.getFailedAttempts());
        assertTrue(account.retryAllowedAt().isBefore(t0));
    }
}
