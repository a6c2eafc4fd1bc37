package ru.ediary.delivery.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(6, Duration.ofSeconds(60), Duration.ofMinutes(30));
    private final Instant now = Instant.parse("2026-11-30T09:00:00Z");

    @Test
    void theWaitDoublesAfterEachFailureUpToTheCap() {
        assertEquals(Duration.ofSeconds(60), policy.delayAfter(1));
        assertEquals(Duration.ofSeconds(120), policy.delayAfter(2));
        assertEquals(Duration.ofSeconds(240), policy.delayAfter(3));
        assertEquals(Duration.ofSeconds(960), policy.delayAfter(5));
        assertEquals(Duration.ofMinutes(30), policy.delayAfter(6), "capped");
        assertEquals(Duration.ofMinutes(30), policy.delayAfter(500), "no overflow");
    }

    @Test
    void afterTheLastAttemptTheMessageIsDead() {
        assertEquals(Optional.of(now.plusSeconds(60)), policy.nextAttempt(1, now));
        assertEquals(Optional.of(now.plusSeconds(960)), policy.nextAttempt(5, now));
        assertTrue(policy.nextAttempt(6, now).isEmpty());
    }

    @Test
    void aPolicyThatCouldNeverSendIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(0, Duration.ofSeconds(1), Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(3, Duration.ofSeconds(10), Duration.ofSeconds(1)));
    }
}
