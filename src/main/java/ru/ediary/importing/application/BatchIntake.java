package ru.ediary.importing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import ru.ediary.importing.model.BatchReceipt;
import ru.ediary.importing.model.BatchRefused;
import ru.ediary.importing.model.SourcedRecord;

/**
 * Takes a batch the journal submitted under its batchId (DESIGN §4): a replayed batchId gets the first receipt and
 * changes nothing; every record is applied on its own terms and its receipt line is stored with it; a batch cut
 * short by a stopped server is finished by its replay.
 */
@ApplicationScoped
public class BatchIntake {

    public static final int MAX_RECORDS = 50_000;

    @Inject
    BatchLedger ledger;

    @Inject
    JournalImport journalImport;

    public BatchReceipt submit(long schoolId, String account, String batchId, List<SourcedRecord> records)
            throws BatchRefused {
        if (records.size() > MAX_RECORDS) {
            throw new BatchRefused(BatchRefused.Code.BATCH_TOO_LARGE,
                    "a batch holds at most " + MAX_RECORDS + " records, this one " + records.size());
        }
        BatchLedger.Opening opening = open(schoolId, batchId, account, records.size());
        if (opening instanceof BatchLedger.Done done) {
            return done.receipt();
        }
        if (!(opening instanceof BatchLedger.Claimed claimed)) {
            throw new BatchRefused(BatchRefused.Code.BATCH_IN_PROGRESS,
                    "batch " + batchId + " is being applied by another submission; ask for its receipt later");
        }
        Set<Integer> finished = new HashSet<>(claimed.finished());
        List<SourcedRecord> todo = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int position = 0; position < records.size(); position++) {
            if (!finished.contains(position)) {
                todo.add(records.get(position));
                positions.add(position);
            }
        }
        journalImport.applyAll(schoolId, todo, positions,
                (position, result) -> ledger.line(claimed.batch(), position, result));
        return ledger.close(claimed.batch());
    }

    public BatchReceipt receipt(long schoolId, String batchId) throws BatchRefused {
        Optional<BatchReceipt> receipt = ledger.receipt(schoolId, batchId);
        return receipt.orElseThrow(() -> new BatchRefused(BatchRefused.Code.UNKNOWN_BATCH,
                "no finished batch " + batchId + " from this school"));
    }

    /** Two first submissions of one batchId race to create it; the loser finds the winner's batch. */
    private BatchLedger.Opening open(long schoolId, String batchId, String account, int recordCount) {
        try {
            return ledger.open(schoolId, batchId, account, recordCount);
        } catch (RuntimeException lostTheRace) {
            return ledger.open(schoolId, batchId, account, recordCount);
        }
    }
}
