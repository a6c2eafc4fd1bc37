package ru.ediary.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import ru.ediary.audit.model.AuditEntry;
import ru.ediary.audit.model.AuditTrail;

/** Writes the audit log within the caller's transaction, so an entry exists exactly when the change does. */
@ApplicationScoped
public class AuditLog {

    @Inject
    Clock clock;

    @Inject
    AuditTrail trail;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, String action, Long schoolId, String subjectRef, String details,
                       String remoteAddress) {
        trail.append(new AuditEntry(clock.instant(), actor, action, schoolId, subjectRef,
                details == null || details.length() <= 2000 ? details : details.substring(0, 2000), remoteAddress));
    }
}
