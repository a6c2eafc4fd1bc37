package ru.ediary.delivery.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.ediary.delivery.model.PaperExtract;
import ru.ediary.delivery.model.PaperExtractRegister;
import ru.ediary.delivery.model.RegisterLine;
import ru.ediary.school.model.School;

@ApplicationScoped
public class JpaPaperExtractRegister implements PaperExtractRegister {

    @PersistenceContext(unitName = "ediary")
    EntityManager em;

    /** The school's row is the lock: it exists once per school on both databases (SELECT … FOR UPDATE). */
    @Override
    public void lockNumbering(long schoolId) {
        em.find(School.class, schoolId, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public int lastSerial(long schoolId, int schoolYear) {
        Integer last = em.createQuery("SELECT MAX(e.serialNo) FROM PaperExtract e WHERE e.schoolId = :school"
                        + " AND e.schoolYear = :year", Integer.class)
                .setParameter("school", schoolId).setParameter("year", schoolYear).getSingleResult();
        return last == null ? 0 : last;
    }

    @Override
    public List<PaperExtract> issuedOn(Collection<Long> studentIds, LocalDate issuedOn) {
        return studentIds.isEmpty() ? List.of() : em.createQuery("SELECT e FROM PaperExtract e"
                        + " WHERE e.studentId IN :students AND e.issuedOn = :day ORDER BY e.id", PaperExtract.class)
                .setParameter("students", List.copyOf(studentIds)).setParameter("day", issuedOn).getResultList();
    }

    @Override
    public Map<Long, LocalDate> lastIssuesBefore(Collection<Long> studentIds, LocalDate day) {
        Map<Long, LocalDate> last = new HashMap<>();
        if (!studentIds.isEmpty()) {
            em.createQuery("SELECT e.studentId, MAX(e.issuedOn) FROM PaperExtract e WHERE e.studentId IN :students"
                            + " AND e.issuedOn < :day GROUP BY e.studentId", Object[].class)
                    .setParameter("students", List.copyOf(studentIds)).setParameter("day", day).getResultList()
                    .forEach(row -> last.put((Long) row[0], (LocalDate) row[1]));
        }
        return last;
    }

    @Override
    public void add(List<PaperExtract> extracts) {
        extracts.forEach(em::persist);
        em.flush(); // the ids (and a clash of numbers) now, inside the issuing transaction
    }

    @Override
    public Optional<PaperExtract> byId(long id) {
        return Optional.ofNullable(em.find(PaperExtract.class, id));
    }

    @Override
    public Optional<PaperExtract> byCode(String verificationCode) {
        return em.createQuery("SELECT e FROM PaperExtract e WHERE e.verificationCode = :code", PaperExtract.class)
                .setParameter("code", verificationCode).getResultStream().findFirst();
    }

    @Override
    public List<RegisterLine> ofSchool(long schoolId, int limit) {
        return em.createQuery("SELECT NEW ru.ediary.delivery.model.RegisterLine(e.id, e.schoolYear, e.serialNo,"
                        + " e.studentName, e.className, e.guardianNames, e.periodLabel, e.issuedBy,"
                        + " e.issuedOn, e.sha256) FROM PaperExtract e WHERE e.schoolId = :school"
                        + " ORDER BY e.schoolYear DESC, e.serialNo DESC", RegisterLine.class)
                .setParameter("school", schoolId).setMaxResults(limit).getResultList();
    }
}
