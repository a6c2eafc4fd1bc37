package ru.ediary.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.Set;
import ru.ediary.family.model.Guardian;
import ru.ediary.family.model.GuardianAccounts;
import ru.ediary.school.model.School;

@ApplicationScoped
public class JpaGuardianAccounts implements GuardianAccounts {

    @PersistenceContext(unitName = "ediary")
    EntityManager em;

    @Override
    public boolean hasUsableAccount(Guardian guardian) {
        return em.createQuery("SELECT COUNT(a) FROM Account a WHERE a.guardian = :guardian AND a.locked = FALSE",
                Long.class).setParameter("guardian", guardian).getSingleResult() > 0;
    }

    @Override
    public Optional<String> loginOf(Guardian guardian) {
        return em.createQuery("SELECT a.login FROM Account a WHERE a.guardian = :guardian ORDER BY a.id", String.class)
                .setParameter("guardian", guardian).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public Set<Long> guardiansWithUsableAccount(School school) {
        return Set.copyOf(em.createQuery("SELECT a.guardian.id FROM Account a WHERE a.guardian.school = :school"
                + " AND a.locked = FALSE", Long.class).setParameter("school", school).getResultList());
    }

    @Override
    public Set<Long> guardiansWithUsableAccountInRegion(long regionId) {
        return Set.copyOf(em.createQuery("SELECT a.guardian.id FROM Account a WHERE a.guardian.school.region.id = :region"
                + " AND a.locked = FALSE", Long.class).setParameter("region", regionId).getResultList());
    }
}
