package ru.ediary.delivery.model;

import java.time.Instant;

/** Copies of sent messages kept outside the outbox table (the local sink's files); retention removes old ones. */
public interface SentCopies {

    /** Deletes the copies written before {@code cutoff}; how many were deleted. */
    int removeWrittenBefore(Instant cutoff);
}
