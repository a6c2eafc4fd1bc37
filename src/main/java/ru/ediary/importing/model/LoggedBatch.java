package ru.ediary.importing.model;

import java.time.Instant;

/** A line of the exchange log: who sent which batch when, and what became of it. */
public record LoggedBatch(String batchId, String account, Instant receivedAt, boolean complete, Long durationMillis,
                          int records, int created, int updated, int unchanged, int rejected) {
}
