package ru.ediary.delivery.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import ru.ediary.delivery.model.RetryPolicy;

/**
 * The outbox worker's timing, from server variables (server.xml binds them to JNDI entries {@code ediary/delivery/…}):
 * how often it looks for work, how long a burst of changes is collected, the backoff and the lease.
 */
@ApplicationScoped
public class DeliverySettings {

    private Duration poll;
    private Duration window;
    private Duration lease;
    private Duration digestSpread;
    private RetryPolicy retries;
    private Duration withdrawnRetention;
    private Duration messageRetention;

    @PostConstruct
    void read() {
        poll = Duration.ofSeconds(Math.max(1, number("pollSeconds", 10)));
        window = Duration.ofSeconds(Math.max(0, number("coalesceSeconds", 120)));
        lease = Duration.ofSeconds(Math.max(5, number("leaseSeconds", 300)));
        digestSpread = Duration.ofMinutes(Math.max(0, number("digestSpreadMinutes", 60)));
        withdrawnRetention = Duration.ofDays(Math.max(0, number("withdrawnRetentionDays", 30)));
        messageRetention = Duration.ofDays(Math.max(1, number("messageRetentionDays", 180)));
        long backoff = Math.max(1, number("backoffSeconds", 60));
        retries = new RetryPolicy((int) Math.max(1, number("maxAttempts", 6)), Duration.ofSeconds(backoff),
                Duration.ofSeconds(Math.max(backoff, 6 * 3600)));
    }

    /** How often the worker looks for due work. */
    public Duration poll() {
        return poll;
    }

    /** How long the first change of a burst waits for the rest before the message is composed. */
    public Duration window() {
        return window;
    }

    /** How long a claimed message belongs to its worker; a crashed worker's claims are taken over after it. */
    public Duration lease() {
        return lease;
    }

    /** A day's digests are due over this long from the planning, each guardian's at a moment of their own. */
    public Duration digestSpread() {
        return digestSpread;
    }

    /** How long a guardian's contacts and messages are kept after consent was withdrawn (152-ФЗ, art. 21 p. 5). */
    public Duration withdrawnRetention() {
        return withdrawnRetention;
    }

    /** How long the address and text of a finished message (and the sink's copy) are kept, for complaints. */
    public Duration messageRetention() {
        return messageRetention;
    }

    public RetryPolicy retries() {
        return retries;
    }

    private static long number(String name, long fallback) {
        try {
            Object value = new InitialContext().lookup("ediary/delivery/" + name);
            return value == null || String.valueOf(value).isBlank() ? fallback : Long.parseLong(String.valueOf(value).trim());
        } catch (NamingException | NumberFormatException notSet) {
            return fallback;
        }
    }
}
