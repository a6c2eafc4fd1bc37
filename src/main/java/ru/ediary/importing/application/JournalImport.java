package ru.ediary.importing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.IntStream;
import ru.ediary.assessment.application.ResultPublication;
import ru.ediary.importing.model.ImportOutcome;
import ru.ediary.importing.model.ImportResult;
import ru.ediary.importing.model.RecordKind;
import ru.ediary.importing.model.RecordRejected;
import ru.ediary.importing.model.RejectionCode;
import ru.ediary.importing.model.SourcedRecord;

/**
 * The one path through which journal data enters eDiary: the SOAP exchange, the demo region and the benchmarks
 * all come here. Records are applied in dependency order (a class before its students) in chunks, each chunk one
 * transaction. Should a chunk fail in the database — a constraint, or a concurrent import that changed the same
 * rows first — its records are retried one by one, so one record cannot take its neighbours down and a concurrent
 * change is compared by version rather than overwritten.
 */
@ApplicationScoped
public class JournalImport {

    static final int CHUNK_SIZE = 500;
    static final int ATTEMPTS_PER_RECORD = 3;
    private static final Logger LOG = Logger.getLogger(JournalImport.class.getName());

    @Inject
    ImportChunk chunk;

    @Inject
    ResultPublication publication;

    public ImportResult apply(long schoolId, SourcedRecord record) {
        return applyAll(schoolId, List.of(record)).get(0);
    }

    /** The results come back in the order of {@code records}, one per record. */
    public List<ImportResult> applyAll(long schoolId, List<SourcedRecord> records) {
        return applyAll(schoolId, records, IntStream.range(0, records.size()).boxed().toList(), ResultSink.NONE);
    }

    /**
     * Applies {@code records}, reporting each result to {@code sink} (under the matching entry of
     * {@code positions}) inside the transaction that applied it.
     */
    public List<ImportResult> applyAll(long schoolId, List<SourcedRecord> records, List<Integer> positions,
                                       ResultSink sink) {
        Integer[] order = IntStream.range(0, records.size()).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparing(i -> records.get(i).kind()));
        ImportResult[] results = new ImportResult[records.size()];
        for (int from = 0; from < order.length; from += CHUNK_SIZE) {
            List<Integer> indexes = Arrays.asList(order).subList(from, Math.min(order.length, from + CHUNK_SIZE));
            List<ImportResult> applied = applyChunk(schoolId, indexes.stream().map(records::get).toList(),
                    indexes.stream().map(positions::get).toList(), sink);
            for (int i = 0; i < indexes.size(); i++) {
                results[indexes.get(i)] = applied.get(i);
            }
        }
        if (Arrays.stream(results).anyMatch(JournalImport::bringsAResult)) {
            // results are stamped visible as soon as they are stored, not at the next minute's pass; should the
            // stamping collide with a concurrent import, that pass stamps them, and this batch stays accepted
            try {
                publication.publish(schoolId);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Results of school " + schoolId + " are left to the next publication pass", e);
            }
        }
        return Arrays.asList(results);
    }

    private List<ImportResult> applyChunk(long schoolId, List<SourcedRecord> part, List<Integer> positions,
                                          ResultSink sink) {
        try {
            return chunk.apply(schoolId, part, positions, sink);
        } catch (IllegalArgumentException unknownSchool) {
            throw unknownSchool;
        } catch (RuntimeException chunkFailed) {
            List<ImportResult> results = new ArrayList<>(part.size());
            for (int i = 0; i < part.size(); i++) {
                results.add(applyAlone(schoolId, part.get(i), positions.get(i), sink));
            }
            return results;
        }
    }

    private ImportResult applyAlone(long schoolId, SourcedRecord record, int position, ResultSink sink) {
        RuntimeException last = null;
        for (int attempt = 0; attempt < ATTEMPTS_PER_RECORD; attempt++) {
            try {
                return chunk.apply(schoolId, List.of(record), List.of(position), sink).get(0);
            } catch (IllegalArgumentException unknownSchool) {
                throw unknownSchool;
            } catch (RuntimeException failed) {
                last = failed;
            }
        }
        LOG.log(Level.WARNING, "Could not store " + record.describe(), last);
        ImportResult refused = ImportResult.rejected(record, new RecordRejected(RejectionCode.STORAGE_FAILURE,
                null, "the database refused the record: " + rootMessage(last)));
        chunk.report(sink, position, refused);
        return refused;
    }

    private static boolean bringsAResult(ImportResult result) {
        return (result.kind() == RecordKind.FINAL_GRADE || result.kind() == RecordKind.EXAM_RESULT)
                && (result.outcome() == ImportOutcome.CREATED || result.outcome() == ImportOutcome.UPDATED);
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
