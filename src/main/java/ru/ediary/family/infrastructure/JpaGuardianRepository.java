package ru.ediary.family.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import ru.ediary.family.model.Consent;
import ru.ediary.family.model.ContactPoint;
import ru.ediary.family.model.DeliveryPreference;
import ru.ediary.family.model.Guardian;
import ru.ediary.family.model.GuardianRepository;
import ru.ediary.school.model.School;

@ApplicationScoped
public class JpaGuardianRepository implements GuardianRepository {

    @PersistenceContext(unitName = "ediary")
    EntityManager em;

    @Override
    public Optional<Guardian> bySourcedId(School school, String sourcedId) {
        return em.createQuery("SELECT g FROM Guardian g WHERE g.school = :school AND g.sourcedId = :sourcedId"
                        + " AND g.deleted = FALSE", Guardian.class)
                .setParameter("school", school).setParameter("sourcedId", sourcedId)
                .getResultStream().findFirst();
    }

    @Override
    public List<Consent> consents(Guardian guardian) {
        return em.createQuery("SELECT c FROM Consent c WHERE c.guardian = :guardian ORDER BY c.recordedAt, c.id",
                        Consent.class)
                .setParameter("guardian", guardian).getResultList();
    }

    @Override
    public void add(Consent consent) {
        em.persist(consent);
    }

    @Override
    public void add(ContactPoint contact) {
        em.persist(contact);
    }

    @Override
    public void add(DeliveryPreference preference) {
        em.persist(preference);
    }
}
