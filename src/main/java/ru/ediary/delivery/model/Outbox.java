package ru.ediary.delivery.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outbox table. Every change of state is one conditional UPDATE that names the state it expects (and, for a
 * claimed message, the lease owner): the database's row lock decides races, so of two workers on two instances
 * exactly one claims a message, and a worker whose lease was taken over cannot record a result any more.
 */
public interface Outbox {

    /** Inserts a message unless one with its key exists; true when inserted. */
    boolean add(OutboxMessage message);

    Optional<OutboxMessage> byId(long id);

    /**
     * Pending messages that are due and claimed ones whose lease has run out: the most urgent kind first
     * ({@link NotificationKind#priority()}), then the oldest due.
     */
    List<Long> due(Instant now, int limit);

    /** PENDING-and-due or CLAIMED-with-expired-lease → CLAIMED by {@code owner} until {@code leaseUntil}. */
    boolean claim(long id, String owner, Instant now, Instant leaseUntil);

    boolean markSent(long id, String owner, String recipient, String providerRef, Instant at);

    /** A failed attempt: back to PENDING at {@code retryAt}, or DEAD when {@code retryAt} is null. */
    boolean markFailed(long id, String owner, String recipient, String error, Instant retryAt, Instant at);

    boolean markDropped(long id, String owner, String reason, Instant at);

    /** Quiet hours began since the message was composed: wait for their end without spending an attempt. */
    boolean postpone(long id, String owner, Instant dueAt);

    /** A dead message staff want tried again: PENDING now, with fresh attempts. */
    boolean revive(long id, long schoolId, Instant now);

    List<OutboxMessage> find(OutboxQuery query);

    /**
     * Retention: the guardian's messages keep their kind, channel, times and status, but lose the address, subject and
     * text (replaced by {@code note}); a pending one is dropped with it. How many messages were cleared.
     */
    int forgetGuardian(long guardianId, String note, Instant now);

    /** Retention: messages finished before {@code cutoff} lose their address, subject and text (see above). */
    int forgetFinishedBefore(Instant cutoff, String note);

    /** The guardians of the school who have any message. */
    List<Long> guardiansWithMessages(long schoolId);
}
