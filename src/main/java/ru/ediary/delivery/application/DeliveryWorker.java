package ru.ediary.delivery.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the outbox on Liberty's managed scheduled executor (Jakarta Concurrency): a pass every poll interval, with a
 * fixed delay so passes of one instance never overlap. Nothing is kept in memory between passes: a restart picks
 * up where the table says, and claims of a crashed instance are taken over when their lease ends.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class DeliveryWorker {

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class.getName());

    @Resource(lookup = "concurrent/ediaryDelivery")
    ManagedScheduledExecutorService scheduler;

    @Inject
    OutboxDispatcher dispatcher;

    @Inject
    DigestPlanner digests;

    @Inject
    DeliverySettings settings;

    private ScheduledFuture<?> passes;

    @PostConstruct
    void start() {
        long every = settings.poll().toMillis();
        passes = scheduler.scheduleWithFixedDelay(this::pass, every, every, TimeUnit.MILLISECONDS);
        LOG.info("Outbox worker started: every " + settings.poll().toSeconds() + " s; " + dispatcher.routes());
    }

    @PreDestroy
    void stop() {
        if (passes != null) {
            passes.cancel(false);
        }
    }

    private void pass() {
        try {
            Instant now = Instant.now();
            digests.planDue(now);
            dispatcher.runOnce(now);
        } catch (RuntimeException e) {
            // the next pass tries again; a failing pass must not end the schedule
            LOG.log(Level.WARNING, "Outbox pass failed", e);
        }
    }
}
