package ru.ediary.delivery.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import ru.ediary.delivery.model.NotificationEvent;
import ru.ediary.delivery.model.NotificationEvents;

@ApplicationScoped
public class JpaNotificationEvents implements NotificationEvents {

    @PersistenceContext(unitName = "ediary")
    EntityManager em;

    @Override
    public boolean add(NotificationEvent event) {
        boolean known = !em.createQuery("SELECT e.id FROM NotificationEvent e WHERE e.eventKey = :key", Long.class)
                .setParameter("key", event.getEventKey()).setMaxResults(1).getResultList().isEmpty();
        if (known) {
            return false;
        }
        em.persist(event);
        return true;
    }

    @Override
    public List<NotificationEvent> ripe(Instant cutoff, int maxPairs) {
        // a pair whose oldest waiting event is old enough is a pair with any waiting event that old
        List<Object[]> pairs = em.createQuery("SELECT DISTINCT e.guardianId, e.studentId FROM NotificationEvent e"
                        + " WHERE e.composedAt IS NULL AND e.occurredAt <= :cutoff", Object[].class)
                .setParameter("cutoff", cutoff).setMaxResults(maxPairs).getResultList();
        List<NotificationEvent> ripe = new ArrayList<>();
        for (Object[] pair : pairs) {
            ripe.addAll(em.createQuery("SELECT e FROM NotificationEvent e WHERE e.guardianId = :guardian"
                            + " AND e.studentId = :student AND e.composedAt IS NULL ORDER BY e.id", NotificationEvent.class)
                    .setParameter("guardian", pair[0]).setParameter("student", pair[1]).getResultList());
        }
        return ripe;
    }

    @Override
    public int markComposed(List<Long> ids, Instant at) {
        if (ids.isEmpty()) {
            return 0;
        }
        return em.createQuery("UPDATE NotificationEvent e SET e.composedAt = :at WHERE e.id IN :ids"
                        + " AND e.composedAt IS NULL")
                .setParameter("at", at).setParameter("ids", ids).executeUpdate();
    }
}
