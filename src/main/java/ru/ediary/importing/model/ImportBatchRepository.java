package ru.ediary.importing.model;

import java.util.List;
import java.util.Optional;
import ru.ediary.school.model.School;

public interface ImportBatchRepository {

    Optional<ImportBatch> find(School school, String batchId);

    ImportBatch byId(long id);

    /** Persists a new batch; fails if the school already has one with that batchId. */
    void add(ImportBatch batch);

    void add(ReceiptLine line);

    /** The receipt lines of a batch, by position. */
    List<ReceiptLine> lines(ImportBatch batch);

    List<ImportBatch> latest(School school, int howMany);
}
