package ru.ediary.importing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import ru.ediary.importing.model.ImportBatch;
import ru.ediary.importing.model.ImportBatchRepository;
import ru.ediary.importing.model.ReceiptLine;
import ru.ediary.school.model.School;

@ApplicationScoped
public class JpaImportBatchRepository implements ImportBatchRepository {

    @PersistenceContext(unitName = "ediary")
    EntityManager em;

    /** Locks the row: of two submissions of one batchId, one decides while the other waits for its decision. */
    @Override
    public Optional<ImportBatch> find(School school, String batchId) {
        return em.createQuery("SELECT b FROM ImportBatch b WHERE b.school = :school AND b.batchId = :batchId",
                        ImportBatch.class)
                .setParameter("school", school).setParameter("batchId", batchId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    @Override
    public ImportBatch byId(long id) {
        return em.find(ImportBatch.class, id);
    }

    @Override
    public void add(ImportBatch batch) {
        em.persist(batch);
        em.flush();
    }

    @Override
    public void add(ReceiptLine line) {
        em.persist(line);
    }

    @Override
    public List<ReceiptLine> lines(ImportBatch batch) {
        return em.createQuery("SELECT l FROM ReceiptLine l WHERE l.batch = :batch ORDER BY l.position",
                ReceiptLine.class).setParameter("batch", batch).getResultList();
    }

    @Override
    public List<ImportBatch> latest(School school, int howMany) {
        return em.createQuery("SELECT b FROM ImportBatch b WHERE b.school = :school ORDER BY b.receivedAt DESC",
                ImportBatch.class).setParameter("school", school).setMaxResults(howMany).getResultList();
    }
}
