package ru.ediary.importing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import ru.ediary.importing.model.ImportTombstone;
import ru.ediary.importing.model.RecordKind;
import ru.ediary.importing.model.SchoolRecordStore;
import ru.ediary.school.model.School;
import ru.ediary.school.model.SchoolRecord;

@ApplicationScoped
public class JpaSchoolRecordStore implements SchoolRecordStore {

    @PersistenceContext(unitName = "ediary")
    EntityManager em;

    @Override
    public Optional<School> school(long schoolId) {
        return Optional.ofNullable(em.find(School.class, schoolId));
    }

    /**
     * Flush mode COMMIT: the import context remembers every record it created in this transaction, so lookups
     * need not flush pending inserts first (which would defeat batch writing).
     */
    @Override
    public <T extends SchoolRecord> Optional<T> find(Class<T> type, School school, String sourcedId) {
        return em.createQuery("SELECT r FROM " + type.getSimpleName()
                        + " r WHERE r.school = :school AND r.sourcedId = :sourcedId", type)
                .setParameter("school", school)
                .setParameter("sourcedId", sourcedId)
                .setFlushMode(FlushModeType.COMMIT)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<ImportTombstone> tombstone(School school, RecordKind kind, String sourcedId) {
        return em.createQuery("SELECT t FROM ImportTombstone t WHERE t.schoolId = :school AND t.kind = :kind"
                        + " AND t.sourcedId = :sourcedId", ImportTombstone.class)
                .setParameter("school", school.getId())
                .setParameter("kind", kind)
                .setParameter("sourcedId", sourcedId)
                .setFlushMode(FlushModeType.COMMIT)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void add(SchoolRecord record) {
        em.persist(record);
    }

    @Override
    public void add(ImportTombstone tombstone) {
        em.persist(tombstone);
    }
}
