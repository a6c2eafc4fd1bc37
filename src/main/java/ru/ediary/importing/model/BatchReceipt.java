package ru.ediary.importing.model;

import java.time.Instant;
import java.util.List;

/**
 * The receipt of a batch: what happened to each record, by its position in the batch.
 *
 * @param replayed true when the batchId had been submitted before and this is the receipt stored then
 */
public record BatchReceipt(String batchId, String schoolCode, Instant receivedAt, long durationMillis,
                           boolean replayed, int created, int updated, int unchanged, int rejected,
                           List<Line> lines) {

    public record Line(int position, ImportResult result) {
    }

    public BatchReceipt asReplay() {
        return new BatchReceipt(batchId, schoolCode, receivedAt, durationMillis, true, created, updated, unchanged,
                rejected, lines);
    }
}
