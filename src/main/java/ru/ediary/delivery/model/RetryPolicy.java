package ru.ediary.delivery.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Exponential backoff: after the n-th failed attempt the next one waits base·2^(n−1), at most {@code cap}; after
 * {@code maxAttempts} failures the message is dead. Doubling keeps a down SMTP server or SMSC from being hammered
 * while a short outage still costs only seconds.
 */
public record RetryPolicy(int maxAttempts, Duration base, Duration cap) {

    public RetryPolicy {
        if (maxAttempts < 1 || base.isNegative() || base.isZero() || cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("a retry policy needs at least one attempt and 0 < base <= cap");
        }
    }

    /** The wait after {@code failedAttempts} failures (1 = after the first). */
    public Duration delayAfter(int failedAttempts) {
        int doublings = Math.max(0, failedAttempts - 1);
        if (doublings >= 30) {
            return cap;
        }
        Duration delay = base.multipliedBy(1L << doublings);
        return delay.compareTo(cap) > 0 ? cap : delay;
    }

    /** When to try again after {@code failedAttempts} failures at {@code now}; empty when it is time to give up. */
    public Optional<Instant> nextAttempt(int failedAttempts, Instant now) {
        return failedAttempts >= maxAttempts ? Optional.empty() : Optional.of(now.plus(delayAfter(failedAttempts)));
    }
}
