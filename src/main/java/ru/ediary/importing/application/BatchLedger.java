package ru.ediary.importing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.ediary.importing.model.BatchReceipt;
import ru.ediary.importing.model.ImportBatch;
import ru.ediary.importing.model.ImportBatchRepository;
import ru.ediary.importing.model.ImportOutcome;
import ru.ediary.importing.model.ImportResult;
import ru.ediary.importing.model.LoggedBatch;
import ru.ediary.importing.model.ReceiptLine;
import ru.ediary.school.model.School;
import ru.ediary.school.model.SchoolDirectory;

/** The exchange log: batches by batchId, who may work on one, and their receipts. */
@ApplicationScoped
public class BatchLedger {

    /** How long a batch stays claimed by the submission applying it; longer than the largest batch takes. */
    static final Duration LEASE = Duration.ofMinutes(10);

    @Inject
    Clock clock;

    @Inject
    ImportBatchRepository batches;

    @Inject
    SchoolDirectory schools;

    /** What a submission found when it asked for its batchId. */
    public sealed interface Opening {
    }

    /** The batch is done: here is its receipt. */
    public record Done(BatchReceipt receipt) implements Opening {
    }

    /** Another submission of the same batchId is applying it right now. */
    public record Busy() implements Opening {
    }

    /** Go ahead: apply the records at the positions not in {@code finished}. */
    public record Claimed(long batch, List<Integer> finished) implements Opening {
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Opening open(long schoolId, String batchId, String account, int recordCount) {
        School school = schools.school(schoolId).orElseThrow();
        Instant now = clock.instant();
        Optional<ImportBatch> known = batches.find(school, batchId);
        if (known.isEmpty()) {
            ImportBatch batch = new ImportBatch(school, batchId, account, recordCount, now);
            batch.claim(now, LEASE);
            batches.add(batch);
            return new Claimed(batch.getId(), List.of());
        }
        ImportBatch batch = known.get();
        if (batch.isComplete()) {
            return new Done(receiptOf(batch).asReplay());
        }
        if (batch.isClaimedAt(now)) {
            return new Busy();
        }
        batch.claim(now, LEASE);
        return new Claimed(batch.getId(), batches.lines(batch).stream().map(ReceiptLine::getPosition).toList());
    }

    /** Writes a record's receipt line; runs inside the transaction that applied the record. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void line(long batchId, int position, ImportResult result) {
        batches.add(new ReceiptLine(batches.byId(batchId), position, result));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public BatchReceipt close(long batchId) {
        ImportBatch batch = batches.byId(batchId);
        List<ReceiptLine> lines = batches.lines(batch);
        Map<ImportOutcome, Integer> totals = new EnumMap<>(ImportOutcome.class);
        for (ReceiptLine line : lines) {
            totals.merge(line.toResult().outcome(), 1, Integer::sum);
        }
        batch.finish(totals.getOrDefault(ImportOutcome.CREATED, 0), totals.getOrDefault(ImportOutcome.UPDATED, 0),
                totals.getOrDefault(ImportOutcome.UNCHANGED, 0), totals.getOrDefault(ImportOutcome.REJECTED, 0),
                clock.instant());
        return receiptOf(batch, lines);
    }

    @Transactional
    public Optional<BatchReceipt> receipt(long schoolId, String batchId) {
        School school = schools.school(schoolId).orElseThrow();
        return batches.find(school, batchId).filter(ImportBatch::isComplete).map(this::receiptOf);
    }

    /** The latest batches of a school, newest first, for the exchange log page. */
    @Transactional
    public List<LoggedBatch> latest(long schoolId, int howMany) {
        School school = schools.school(schoolId).orElseThrow();
        return batches.latest(school, howMany).stream()
                .map(b -> new LoggedBatch(b.getBatchId(), b.getAccountLogin(), b.getReceivedAt(), b.isComplete(),
                        b.getDurationMillis(), b.getRecordCount(), b.getCreated(), b.getUpdated(), b.getUnchanged(),
                        b.getRejected()))
                .toList();
    }

    private BatchReceipt receiptOf(ImportBatch batch) {
        return receiptOf(batch, batches.lines(batch));
    }

    private static BatchReceipt receiptOf(ImportBatch batch, List<ReceiptLine> lines) {
        return new BatchReceipt(batch.getBatchId(), batch.getSchool().getCode(), batch.getReceivedAt(),
                batch.getDurationMillis() == null ? 0 : batch.getDurationMillis(), false, batch.getCreated(),
                batch.getUpdated(), batch.getUnchanged(), batch.getRejected(),
                lines.stream().map(l -> new BatchReceipt.Line(l.getPosition(), l.toResult())).toList());
    }
}
