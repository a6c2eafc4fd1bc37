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
import ru.ediary.importing.model.ImportResult;
import ru.ediary.importing.model.RecordRejected;
import ru.ediary.importing.model.RejectionCode;
import ru.ediary.importing.model.SourcedRecord;

/**
 * The one path through which journal data enters eDiary: the SOAP exchange, the demo region and the benchmarks
 * all come here. Records are applied in dependency order (a class before its students) in chunks, each chunk one
 * transaction; should a chunk fail in the database, its records are retried one by one so that one bad record
 * cannot take its neighbours down with it.
 */
@ApplicationScoped
public class JournalImport {

    static final int CHUNK_SIZE = 500;
    private static final Logger LOG = Logger.getLogger(JournalImport.class.getName());

    @Inject
    ImportChunk chunk;

    public ImportResult apply(long schoolId, SourcedRecord record) {
        return applyAll(schoolId, List.of(record)).get(0);
    }

    /** The results come back in the order of {@code records}, one per record. */
    public List<ImportResult> applyAll(long schoolId, List<SourcedRecord> records) {
        Integer[] order = IntStream.range(0, records.size()).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparing(i -> records.get(i).kind()));
        ImportResult[] results = new ImportResult[records.size()];
        for (int from = 0; from < order.length; from += CHUNK_SIZE) {
            List<Integer> indexes = Arrays.asList(order).subList(from, Math.min(order.length, from + CHUNK_SIZE));
            List<SourcedRecord> part = indexes.stream().map(records::get).toList();
            List<ImportResult> applied = applyChunk(schoolId, part);
            for (int i = 0; i < indexes.size(); i++) {
                results[indexes.get(i)] = applied.get(i);
            }
        }
        return Arrays.asList(results);
    }

    private List<ImportResult> applyChunk(long schoolId, List<SourcedRecord> part) {
        try {
            return chunk.apply(schoolId, part);
        } catch (IllegalArgumentException unknownSchool) {
            throw unknownSchool;
        } catch (RuntimeException chunkFailed) {
            if (part.size() == 1) {
                LOG.log(Level.WARNING, "Could not store " + part.get(0).describe(), chunkFailed);
                return List.of(ImportResult.rejected(part.get(0), new RecordRejected(RejectionCode.STORAGE_FAILURE,
                        null, "the database refused the record: " + rootMessage(chunkFailed))));
            }
            List<ImportResult> results = new ArrayList<>(part.size());
            for (SourcedRecord record : part) {
                results.addAll(applyChunk(schoolId, List.of(record)));
            }
            return results;
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
