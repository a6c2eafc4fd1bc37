package ru.ediary.delivery.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import ru.ediary.delivery.model.NotificationChoice;
import ru.ediary.delivery.model.NotificationChoices;

@ApplicationScoped
public class JpaNotificationChoices implements NotificationChoices {

    @PersistenceContext(unitName = "ediary")
    EntityManager em;

    @Override
    public List<NotificationChoice> of(long guardianId) {
        return em.createQuery("SELECT c FROM NotificationChoice c WHERE c.guardianId = :guardian",
                NotificationChoice.class).setParameter("guardian", guardianId).getResultList();
    }

    @Override
    public void add(NotificationChoice choice) {
        em.persist(choice);
    }
}
