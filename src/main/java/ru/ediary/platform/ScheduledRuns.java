package ru.ediary.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Claims of once-only runs: of any number of instances (or redeployments of one) asking for the same run, one gets
 * it. The claim is the insert of the run's row, decided by its primary key; a run claimed but not finished within
 * {@code staleAfter} (its instance died) can be taken over by a conditional update.
 */
@ApplicationScoped
public class ScheduledRuns {

    private static final Logger LOG = Logger.getLogger(ScheduledRuns.class.getName());

    @PersistenceContext(unitName = "ediary")
    EntityManager em;

    @Inject
    ScheduledRuns self;

    /** True when this caller now owns the run and must do it, then call {@link #finish}. */
    public boolean claim(String runId, String owner, Instant now, Duration staleAfter) {
        try {
            if (self.insert(runId, owner, now)) {
                return true;
            }
        } catch (RuntimeException insertedByAnother) {
            // the primary key decided: another instance inserted the row between our look and our insert
            LOG.log(Level.FINE, "run " + runId + " claimed elsewhere", insertedByAnother);
            return false;
        }
        return self.takeOver(runId, owner, now, now.minus(staleAfter));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean insert(String runId, String owner, Instant now) {
        if (em.find(ScheduledRun.class, runId) != null) {
            return false;
        }
        em.persist(new ScheduledRun(runId, owner, now));
        em.flush();
        return true;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean takeOver(String runId, String owner, Instant now, Instant staleBefore) {
        return em.createQuery("UPDATE ScheduledRun r SET r.claimedBy = :owner, r.claimedAt = :now WHERE r.runId = :id"
                        + " AND r.finishedAt IS NULL AND r.claimedAt < :stale")
                .setParameter("owner", owner).setParameter("now", now).setParameter("id", runId)
                .setParameter("stale", staleBefore).executeUpdate() == 1;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void finish(String runId, Instant at) {
        em.createQuery("UPDATE ScheduledRun r SET r.finishedAt = :at WHERE r.runId = :id")
                .setParameter("at", at).setParameter("id", runId).executeUpdate();
    }
}
