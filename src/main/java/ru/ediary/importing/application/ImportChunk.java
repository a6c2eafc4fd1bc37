package ru.ediary.importing.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import ru.ediary.importing.model.ImportOutcome;
import ru.ediary.importing.model.ImportResult;
import ru.ediary.importing.model.RecordChanged;
import ru.ediary.importing.model.SchoolRecordStore;
import ru.ediary.importing.model.SourcedRecord;
import ru.ediary.school.model.School;

/** Applies a run of records in one transaction of its own: all of them commit together or none does. */
@ApplicationScoped
public class ImportChunk {

    @Inject
    SchoolRecordStore store;

    /**
     * The school's clock: the date readers compare results and periods with, and the import time stamped on each
     * record (the 3-day publication rule compares it with the results' dates).
     */
    @Inject
    Clock clock;

    private RecordApplication application;

    @PostConstruct
    void readers() {
        application = new RecordApplication(RecordReaders.all(), clock);
    }

    /** Observed synchronously, so observers write in this chunk's transaction (the notification outbox does). */
    @Inject
    Event<RecordChanged> changes;

    /** Applies {@code records}; the record at index i is reported to the sink under {@code positions.get(i)}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<ImportResult> apply(long schoolId, List<SourcedRecord> records, List<Integer> positions,
                                    ResultSink sink) {
        School school = store.school(schoolId)
                .orElseThrow(() -> new IllegalArgumentException("no school with id " + schoolId));
        ImportContext context = new ImportContext(store, school, clock);
        List<ImportResult> results = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            SourcedRecord record = records.get(i);
            ImportResult result = application.apply(context, record);
            if (result.outcome() == ImportOutcome.CREATED || result.outcome() == ImportOutcome.UPDATED) {
                context.find(record.kind().entityType(), record.sourcedId())
                        .ifPresent(changed -> changes.fire(new RecordChanged(record.kind(), result.outcome(), changed)));
            }
            sink.accept(positions.get(i), result);
            results.add(result);
        }
        return results;
    }

    /** Reports a result that could not be stored with its record (the record's own transaction failed). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void report(ResultSink sink, int position, ImportResult result) {
        sink.accept(position, result);
    }
}
