package ru.ediary.assessment.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import ru.ediary.assessment.model.PublicationRecords;
import ru.ediary.school.model.AcademicPeriod;
import ru.ediary.school.model.Holiday;

/** Ids and labels in one join per kind; the stamping is one bulk update per table. */
@ApplicationScoped
public class JpaPublicationRecords implements PublicationRecords {

    private static final String STUDENT_COLUMNS = "r.id, s.id, s.name.lastName, s.name.firstName, c.name, sub.name";
    private static final String DATES = "r.resultDate, r.firstImportedAt, r.visibleAt";
    private static final String JOINS = " JOIN r.student s LEFT JOIN s.schoolClass c JOIN r.subject sub";

    @PersistenceContext(unitName = "ediary")
    EntityManager em;

    @Override
    public List<Item> ofPeriod(long schoolId, AcademicPeriod period) {
        List<Item> items = new ArrayList<>();
        items.addAll(read(Kind.FINAL_GRADE, em.createQuery("SELECT " + STUDENT_COLUMNS + ", p.name, " + DATES
                        + " FROM FinalGrade r JOIN r.period p" + JOINS + " WHERE r.school.id = :school"
                        + " AND r.deleted = FALSE AND p.id = :period", Object[].class)
                .setParameter("school", schoolId).setParameter("period", period.getId()).getResultStream()));
        items.addAll(read(Kind.EXAM_RESULT, em.createQuery("SELECT " + STUDENT_COLUMNS + ", r.examName, " + DATES
                        + " FROM ExamResult r" + JOINS + " WHERE r.school.id = :school AND r.deleted = FALSE"
                        + " AND r.resultDate >= :starts AND r.resultDate <= :ends", Object[].class)
                .setParameter("school", schoolId).setParameter("starts", period.getStartsOn())
                .setParameter("ends", period.getEndsOn()).getResultStream()));
        return items;
    }

    @Override
    public List<Item> notVisible(long schoolId) {
        List<Item> items = new ArrayList<>();
        items.addAll(read(Kind.FINAL_GRADE, em.createQuery("SELECT " + STUDENT_COLUMNS + ", p.name, " + DATES
                        + " FROM FinalGrade r JOIN r.period p" + JOINS + " WHERE r.school.id = :school"
                        + " AND r.deleted = FALSE AND r.visibleAt IS NULL", Object[].class)
                .setParameter("school", schoolId).getResultStream()));
        items.addAll(read(Kind.EXAM_RESULT, em.createQuery("SELECT " + STUDENT_COLUMNS + ", r.examName, " + DATES
                        + " FROM ExamResult r" + JOINS + " WHERE r.school.id = :school AND r.deleted = FALSE"
                        + " AND r.visibleAt IS NULL", Object[].class)
                .setParameter("school", schoolId).getResultStream()));
        return items;
    }

    private static List<Item> read(Kind kind, Stream<Object[]> rows) {
        return rows.map(r -> new Item(kind, (Long) r[0], (Long) r[1], r[2] + " " + r[3], (String) r[4],
                (String) r[5], (String) r[6], (LocalDate) r[7], (Instant) r[8], (Instant) r[9])).toList();
    }

    @Override
    public Set<Long> schoolsWithResultsNotVisible() {
        Set<Long> schools = new HashSet<>();
        for (String entity : List.of("FinalGrade", "ExamResult")) {
            schools.addAll(em.createQuery("SELECT DISTINCT r.school.id FROM " + entity + " r"
                    + " WHERE r.visibleAt IS NULL AND r.deleted = FALSE", Long.class).getResultList());
        }
        return schools;
    }

    @Override
    public int makeVisible(long schoolId, Collection<Long> heldBackStudents, Instant now) {
        // Native SQL: in a JPQL bulk update EclipseLink writes the deleted flag as 0, which Derby refuses. The row
        // version moves as JPA's would, so an import holding the row sees the change. The ids are numbers.
        String held = heldBackStudents.isEmpty() ? "" : " AND student_id NOT IN ("
                + heldBackStudents.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")";
        int stamped = 0;
        for (String table : List.of("final_grade", "exam_result")) {
            stamped += em.createNativeQuery("UPDATE " + table + " SET visible_at = ?, row_version = row_version + 1"
                            + " WHERE school_id = ? AND visible_at IS NULL AND deleted = FALSE" + held)
                    .setParameter(1, Timestamp.from(now)).setParameter(2, schoolId).executeUpdate();
        }
        return stamped;
    }

    @Override
    public int restamp(long schoolId, LocalDate resultDate, Instant firstImportedAt, Instant visibleAt) {
        int changed = 0;
        for (String entity : List.of("FinalGrade", "ExamResult")) {
            Query update = em.createQuery("UPDATE " + entity + " r SET r.firstImportedAt = :first, " + visible(visibleAt)
                            + " WHERE r.school.id = :school AND r.resultDate = :date")
                    .setParameter("first", firstImportedAt).setParameter("school", schoolId)
                    .setParameter("date", resultDate);
            changed += withVisible(update, visibleAt).executeUpdate();
        }
        return changed;
    }

    @Override
    public int restamp(long schoolId, Kind kind, String sourcedId, Instant firstImportedAt, Instant visibleAt) {
        String entity = kind == Kind.FINAL_GRADE ? "FinalGrade" : "ExamResult";
        Query update = em.createQuery("UPDATE " + entity + " r SET r.firstImportedAt = :first, " + visible(visibleAt)
                        + " WHERE r.school.id = :school AND r.sourcedId = :id")
                .setParameter("first", firstImportedAt).setParameter("school", schoolId).setParameter("id", sourcedId);
        return withVisible(update, visibleAt).executeUpdate();
    }

    /** A null parameter reaches PostgreSQL untyped (as text, refused for a timestamp): NULL is written out. */
    private static String visible(Instant visibleAt) {
        return visibleAt == null ? "r.visibleAt = NULL" : "r.visibleAt = :visible";
    }

    private static Query withVisible(Query update, Instant visibleAt) {
        return visibleAt == null ? update : update.setParameter("visible", visibleAt);
    }

    @Override
    public Set<LocalDate> closedDays(long schoolId, LocalDate from, LocalDate to) {
        Set<LocalDate> days = new TreeSet<>();
        for (Holiday h : em.createQuery("SELECT h FROM Holiday h WHERE h.school.id = :school AND h.deleted = FALSE"
                        + " AND h.onlyGrade IS NULL AND h.startsOn <= :to AND h.endsOn >= :from", Holiday.class)
                .setParameter("school", schoolId).setParameter("from", from).setParameter("to", to)
                .getResultList()) {
            for (LocalDate d = h.getStartsOn(); !d.isAfter(h.getEndsOn()); d = d.plusDays(1)) {
                days.add(d);
            }
        }
        return days;
    }
}
