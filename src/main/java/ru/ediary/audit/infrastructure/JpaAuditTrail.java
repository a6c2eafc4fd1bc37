package ru.ediary.audit.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
}
