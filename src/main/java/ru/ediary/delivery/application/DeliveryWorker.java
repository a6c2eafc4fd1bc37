package ru.ediary.delivery.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import ru.ediary.assessment.application.ResultPublication;
import ru.ediary.delivery.model.UrgentMessageQueued;

/**
 * Runs the outbox on Liberty's managed scheduled executor (Jakarta Concurrency): a pass every poll interval, with a
 * fixed delay so the scheduled passes of one instance never overlap, and an extra pass at once when a confirmation
 * code is queued. Digests are planned on a schedule of their own, so that writing a region's Friday digests never
 * holds up sending. Nothing is kept in memory between passes: a restart picks up where the table says, and claims
 * of a crashed instance are taken over when their lease ends.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@Lock(LockType.READ)
public class DeliveryWorker {

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class.getName());
    /** How often the digest planner looks whether a day's digests are due (it writes them once a day). */
    private static final long PLANNER_EVERY_SECONDS = 60;
    /** How often results not yet visible are looked at again (the 3-day rule's visibleAt). */
    private static final long PUBLICATION_EVERY_SECONDS = 60;

    @Resource(lookup = "concurrent/ediaryDelivery")
    ManagedScheduledExecutorService scheduler;

    @Inject
    OutboxDispatcher dispatcher;

    @Inject
    DigestPlanner digests;

    @Inject
    RetentionPurge retention;

    @Inject
    DeliverySettings settings;

    @Inject
    ResultPublication publication;

    @Inject
    Clock clock;

    private ScheduledFuture<?> passes;
    private ScheduledFuture<?> planning;
    private ScheduledFuture<?> purging;
    private ScheduledFuture<?> publishing;

    @PostConstruct
    void start() {
        long every = settings.poll().toMillis();
        passes = scheduler.scheduleWithFixedDelay(this::pass, every, every, TimeUnit.MILLISECONDS);
        planning = scheduler.scheduleWithFixedDelay(this::plan, every, PLANNER_EVERY_SECONDS * 1000,
                TimeUnit.MILLISECONDS);
        // Hourly, so that a day missed while the server was down is purged soon after it comes back.
        purging = scheduler.scheduleWithFixedDelay(this::purge, 5 * 60, 3600, TimeUnit.SECONDS);
        // Results held back for a guardian without an account become visible within a minute of the account.
        publishing = scheduler.scheduleWithFixedDelay(this::publish, PUBLICATION_EVERY_SECONDS,
                PUBLICATION_EVERY_SECONDS, TimeUnit.SECONDS);
        LOG.info("Outbox worker started: every " + settings.poll().toSeconds() + " s; " + dispatcher.routes());
    }

    @PreDestroy
    void stop() {
        for (ScheduledFuture<?> task : new ScheduledFuture<?>[] {passes, planning, purging, publishing}) {
            if (task != null) {
                task.cancel(false);
            }
        }
    }

    /** A code was queued and committed: send it now rather than at the next pass. */
    public void urgent(@Observes(during = TransactionPhase.AFTER_SUCCESS) UrgentMessageQueued queued) {
        try {
            scheduler.execute(this::pass);
        } catch (RejectedExecutionException stopping) {
            // the application is stopping: the next start's first pass sends it
        }
    }

    private void pass() {
        try {
            dispatcher.runOnce();
        } catch (RuntimeException e) {
            // the next pass tries again; a failing pass must not end the schedule
            LOG.log(Level.WARNING, "Outbox pass failed", e);
        }
    }

    private void purge() {
        try {
            retention.runDue(clock.instant());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Retention purge failed", e);
        }
    }

    private void publish() {
        try {
            publication.publishPending();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Result publication pass failed", e);
        }
    }

    private void plan() {
        try {
            digests.planDue(clock.instant());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Digest planning failed", e);
        }
    }
}
