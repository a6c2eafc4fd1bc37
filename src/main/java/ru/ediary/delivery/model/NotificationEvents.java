package ru.ediary.delivery.model;

import java.time.Instant;
import java.util.List;

public interface NotificationEvents {

    /** Inserts the event unless one with its key exists; true when inserted. */
    boolean add(NotificationEvent event);

    /**
     * The waiting events of every guardian–child pair whose oldest waiting event is at or before {@code cutoff}:
     * a pair's burst is composed once it is {@code window} old, whatever arrived since.
     */
    List<NotificationEvent> ripe(Instant cutoff, int maxPairs);

    /** Marks the events composed; the count tells whether another worker composed some of them first. */
    int markComposed(List<Long> ids, Instant at);
}
