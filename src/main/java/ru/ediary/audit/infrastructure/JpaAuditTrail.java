package ru.ediary.audit.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.ediary.audit.model.AuditEntry;
import ru.ediary.audit.model.AuditTrail;

@ApplicationScoped
public class JpaAuditTrail implements AuditTrail {

    @PersistenceContext(unitName = "ediary")
    EntityManager em;

    @Override
    public void append(AuditEntry entry) {
        em.persist(entry);
    }

    @Override
    public List<AuditEntry> find(Long schoolId, String actor, String action, String subjectFragment, Instant from,
                                 Instant to, int limit) {
        StringBuilder jpql = new StringBuilder("SELECT e FROM AuditEntry e WHERE "
                + (schoolId == null ? "e.schoolId IS NULL" : "e.schoolId = :school"));
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (schoolId != null) {
            parameters.put("school", schoolId);
        }
        if (actor != null) {
            jpql.append(" AND e.actor = :actor");
            parameters.put("actor", actor);
        }
        if (action != null) {
            jpql.append(" AND e.action = :action");
            parameters.put("action", action);
        }
        if (subjectFragment != null) {
            jpql.append(" AND (e.subjectRef LIKE :subject OR e.details LIKE :subject)");
            parameters.put("subject", "%" + subjectFragment.replace("%", "").replace("_", "") + "%");
        }
        if (from != null) {
            jpql.append(" AND e.occurredAt >= :from");
            parameters.put("from", from);
        }
        if (to != null) {
            jpql.append(" AND e.occurredAt < :to");
            parameters.put("to", to);
        }
        jpql.append(" ORDER BY e.occurredAt DESC, e.id DESC");
        TypedQuery<AuditEntry> query = em.createQuery(jpql.toString(), AuditEntry.class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList();
    }

    @Override
    public List<String> actions(long schoolId) {
        return em.createQuery("SELECT DISTINCT e.action FROM AuditEntry e WHERE e.schoolId = :school"
                + " ORDER BY e.action", String.class).setParameter("school", schoolId).getResultList();
    }
}
