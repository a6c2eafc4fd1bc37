package ru.ediary.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import ru.ediary.family.model.Guardian;
import ru.ediary.family.model.GuardianAccounts;

@ApplicationScoped
public class JpaGuardianAccounts implements GuardianAccounts {

    @PersistenceContext(unitName = "ediary")
    EntityManager em;

    @Override
    public boolean hasUsableAccount(Guardian guardian) {
        return em.createQuery("SELECT COUNT(a) FROM Account a WHERE a.guardian = :guardian AND a.locked = FALSE",
                Long.class).setParameter("guardian", guardian).getSingleResult() > 0;
    }
}
