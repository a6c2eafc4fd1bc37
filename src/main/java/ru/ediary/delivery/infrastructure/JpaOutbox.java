package ru.ediary.delivery.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import ru.ediary.delivery.model.MessageStatus;
import ru.ediary.delivery.model.Outbox;
import ru.ediary.delivery.model.OutboxMessage;
import ru.ediary.delivery.model.OutboxQuery;

/**
 * The outbox in JPA. State changes are bulk JPQL UPDATEs with the expected state in their WHERE clause: the
 * database locks the row for the update, so of two concurrent claims (on Derby or PostgreSQL, one instance or
 * several) exactly one sees a row count of 1.
 */
@ApplicationScoped
public class JpaOutbox implements Outbox {

    @PersistenceContext(unitName = "ediary")
    EntityManager em;

    @Override
    public boolean add(OutboxMessage message) {
        if (exists(message.getMessageKey())) {
            return false;
        }
        em.persist(message);
        return true;
    }

    @Override
    public int forgetGuardian(long guardianId, String note, Instant now) {
        em.createQuery("UPDATE OutboxMessage m SET m.status = :dropped, m.finishedAt = :now, m.lastError = :note"
                        + " WHERE m.guardianId = :guardian AND m.status = :pending")
                .setParameter("dropped", MessageStatus.DROPPED).setParameter("now", now).setParameter("note", note)
                .setParameter("guardian", guardianId).setParameter("pending", MessageStatus.PENDING).executeUpdate();
        return em.createQuery("UPDATE OutboxMessage m SET m.recipient = NULL, m.subject = :note, m.body = :note"
                        + " WHERE m.guardianId = :guardian AND m.status <> :claimed AND m.subject <> :note")
                .setParameter("note", note).setParameter("guardian", guardianId)
                .setParameter("claimed", MessageStatus.CLAIMED).executeUpdate();
    }

    @Override
    public int forgetFinishedBefore(Instant cutoff, String note) {
        return em.createQuery("UPDATE OutboxMessage m SET m.recipient = NULL, m.subject = :note, m.body = :note"
                        + " WHERE m.finishedAt < :cutoff AND m.status <> :claimed AND m.subject <> :note")
                .setParameter("note", note).setParameter("cutoff", cutoff)
                .setParameter("claimed", MessageStatus.CLAIMED).executeUpdate();
    }

    private boolean exists(String messageKey) {
        return !em.createQuery("SELECT m.id FROM OutboxMessage m WHERE m.messageKey = :key", Long.class)
                .setParameter("key", messageKey).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public Optional<OutboxMessage> byId(long id) {
        return Optional.ofNullable(em.find(OutboxMessage.class, id));
    }

    @Override
    public List<Long> due(Instant now, int limit) {
        return em.createQuery("SELECT m.id FROM OutboxMessage m WHERE (m.status = :pending AND m.dueAt <= :now)"
                        + " OR (m.status = :claimed AND m.leaseUntil < :now) ORDER BY m.priority, m.dueAt, m.id", Long.class)
                .setParameter("pending", MessageStatus.PENDING).setParameter("claimed", MessageStatus.CLAIMED)
                .setParameter("now", now).setMaxResults(limit).getResultList();
    }

    @Override
    public boolean claim(long id, String owner, Instant now, Instant leaseUntil) {
        return em.createQuery("UPDATE OutboxMessage m SET m.status = :claimed, m.leaseOwner = :owner,"
                        + " m.leaseUntil = :until, m.attempts = m.attempts + 1 WHERE m.id = :id AND"
                        + " ((m.status = :pending AND m.dueAt <= :now) OR (m.status = :claimed AND m.leaseUntil < :now))")
                .setParameter("claimed", MessageStatus.CLAIMED).setParameter("owner", owner)
                .setParameter("until", leaseUntil).setParameter("id", id).setParameter("pending", MessageStatus.PENDING)
                .setParameter("now", now).executeUpdate() == 1;
    }

    @Override
    public boolean markSent(long id, String owner, String recipient, String providerRef, Instant at) {
        return em.createQuery("UPDATE OutboxMessage m SET m.status = :sent, m.recipient = :recipient,"
                        + " m.providerRef = :ref, m.finishedAt = :at, m.leaseOwner = NULL, m.leaseUntil = NULL,"
                        + " m.lastError = NULL WHERE m.id = :id AND m.status = :claimed AND m.leaseOwner = :owner")
                .setParameter("sent", MessageStatus.SENT).setParameter("recipient", recipient)
                .setParameter("ref", providerRef).setParameter("at", at).setParameter("id", id)
                .setParameter("claimed", MessageStatus.CLAIMED).setParameter("owner", owner).executeUpdate() == 1;
    }

    @Override
    public boolean markFailed(long id, String owner, String recipient, String error, Instant retryAt, Instant at) {
        boolean dead = retryAt == null;
        // Only a dead message is finished; a claimed one has no finishedAt to clear (revive clears a dead one's).
        var update = em.createQuery("UPDATE OutboxMessage m SET m.status = :status, m.recipient = :recipient,"
                        + " m.lastError = :error, m.dueAt = :due" + (dead ? ", m.finishedAt = :finished" : "")
                        + ", m.leaseOwner = NULL, m.leaseUntil = NULL"
                        + " WHERE m.id = :id AND m.status = :claimed AND m.leaseOwner = :owner")
                .setParameter("status", dead ? MessageStatus.DEAD : MessageStatus.PENDING)
                .setParameter("recipient", recipient).setParameter("error", error)
                .setParameter("due", dead ? at : retryAt)
                .setParameter("id", id).setParameter("claimed", MessageStatus.CLAIMED).setParameter("owner", owner);
        if (dead) {
            update.setParameter("finished", at);
        }
        return update.executeUpdate() == 1;
    }

    @Override
    public boolean markDropped(long id, String owner, String reason, Instant at) {
        return em.createQuery("UPDATE OutboxMessage m SET m.status = :dropped, m.lastError = :reason,"
                        + " m.finishedAt = :at, m.leaseOwner = NULL, m.leaseUntil = NULL"
                        + " WHERE m.id = :id AND m.status = :claimed AND m.leaseOwner = :owner")
                .setParameter("dropped", MessageStatus.DROPPED).setParameter("reason", reason).setParameter("at", at)
                .setParameter("id", id).setParameter("claimed", MessageStatus.CLAIMED).setParameter("owner", owner)
                .executeUpdate() == 1;
    }

    @Override
    public boolean postpone(long id, String owner, Instant dueAt) {
        return em.createQuery("UPDATE OutboxMessage m SET m.status = :pending, m.dueAt = :due,"
                        + " m.attempts = m.attempts - 1, m.leaseOwner = NULL, m.leaseUntil = NULL"
                        + " WHERE m.id = :id AND m.status = :claimed AND m.leaseOwner = :owner")
                .setParameter("pending", MessageStatus.PENDING).setParameter("due", dueAt).setParameter("id", id)
                .setParameter("claimed", MessageStatus.CLAIMED).setParameter("owner", owner).executeUpdate() == 1;
    }

    @Override
    public boolean revive(long id, long schoolId, Instant now) {
        return em.createQuery("UPDATE OutboxMessage m SET m.status = :pending, m.dueAt = :now, m.attempts = 0,"
                        + " m.finishedAt = NULL WHERE m.id = :id AND m.schoolId = :school AND m.status = :dead")
                .setParameter("pending", MessageStatus.PENDING).setParameter("now", now).setParameter("id", id)
                .setParameter("school", schoolId).setParameter("dead", MessageStatus.DEAD).executeUpdate() == 1;
    }

    @Override
    public List<OutboxMessage> find(OutboxQuery query) {
        StringBuilder jpql = new StringBuilder("SELECT m FROM OutboxMessage m WHERE m.schoolId = :school");
        if (query.guardianId() != null) {
            jpql.append(" AND m.guardianId = :guardian");
        }
        if (query.channel() != null) {
            jpql.append(" AND m.channel = :channel");
        }
        if (query.status() != null) {
            jpql.append(" AND m.status = :status");
        }
        TypedQuery<OutboxMessage> typed = em.createQuery(jpql.append(" ORDER BY m.createdAt DESC, m.id DESC")
                .toString(), OutboxMessage.class).setParameter("school", query.schoolId());
        if (query.guardianId() != null) {
            typed.setParameter("guardian", query.guardianId());
        }
        if (query.channel() != null) {
            typed.setParameter("channel", query.channel());
        }
        if (query.status() != null) {
            typed.setParameter("status", query.status());
        }
        return typed.setMaxResults(query.limit()).getResultList();
    }

    @Override
    public List<Long> guardiansWithMessages(long schoolId) {
        return em.createQuery("SELECT DISTINCT m.guardianId FROM OutboxMessage m WHERE m.schoolId = :school", Long.class)
                .setParameter("school", schoolId).getResultList();
    }
}
