package ru.ediary.delivery.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import ru.ediary.delivery.model.Coalescing;
import ru.ediary.delivery.model.DeliveryFailure;
import ru.ediary.delivery.model.MessageGateway;
import ru.ediary.delivery.model.NotificationEvent;
import ru.ediary.delivery.model.OutboxMessage;
import ru.ediary.family.model.DeliveryChannel;

/**
 * One pass of the outbox worker: compose the bursts that have waited their window, then claim, check and send the
 * due messages one by one, most urgent first. The due list is asked again every few messages, so a confirmation code
 * queued while a region's digests are going out is the next thing sent, not the last. Every step is safe to run on
 * several instances (or twice on one) at the same time. Tests pass a fixed {@code now} to let a lease or quiet hours
 * run out without waiting.
 */
@ApplicationScoped
public class OutboxDispatcher {

    static final int BURSTS_PER_PASS = 200;
    static final int MESSAGES_PER_PASS = 500;
    /** How many due messages are taken at a time: the most a newly queued code can wait behind. */
    static final int MESSAGES_PER_LOOK = 10;
    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());

    /** This instance's name on its leases: the JVM's name (pid@host) and a per-start nonce. */
    private final String instance = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8);

    @Inject
    OutboxLedger ledger;

    @Inject
    Clock clock;

    @Inject
    DeliverySettings settings;

    @Inject
    @Any
    Instance<MessageGateway> gateways;

    /** The worker's pass, at the clock's time. */
    public void runOnce() {
        run(clock::instant, instance);
    }

    /** A pass at a fixed time; {@code worker} names the lease holder: tests run two "instances" in one JVM. */
    public void runOnce(Instant now, String worker) {
        run(() -> now, worker);
    }

    private void run(Supplier<Instant> clockTime, String worker) {
        compose(clockTime.get());
        int handled = 0;
        while (handled < MESSAGES_PER_PASS) {
            Instant now = clockTime.get();
            List<Long> due = ledger.due(now, MESSAGES_PER_LOOK);
            if (due.isEmpty()) {
                return;
            }
            for (long id : due) {
                deliver(id, now, worker);
                handled++;
            }
        }
    }

    private void compose(Instant now) {
        List<NotificationEvent> ripe = ledger.ripe(now.minus(settings.window()), BURSTS_PER_PASS);
        for (Coalescing.Burst burst : Coalescing.bursts(ripe)) {
            try {
                ledger.compose(burst, now);
            } catch (RuntimeException takenOrFailed) {
                LOG.log(Level.FINE, "burst of guardian " + burst.guardianId() + " not composed here", takenOrFailed);
            }
        }
    }

    private void deliver(long id, Instant now, String worker) {
        if (!ledger.claim(id, worker, now, now.plus(settings.lease()))) {
            return;
        }
        Optional<OutboxLedger.Verdict> verdict = ledger.decide(id, now);
        if (verdict.isEmpty()) {
            return;
        }
        if (verdict.get() instanceof OutboxLedger.Drop drop) {
            ledger.dropped(id, worker, drop.reason(), now);
            return;
        }
        if (verdict.get() instanceof OutboxLedger.Postpone postpone) {
            ledger.postponed(id, worker, postpone.until());
            return;
        }
        OutboxLedger.Send send = (OutboxLedger.Send) verdict.get();
        try {
            String reference = gateway(send.message().channel()).send(send.message());
            ledger.sent(id, worker, send.message().recipient(), reference, clock.instant());
            return;
        } catch (DeliveryFailure failure) {
            int attempts = ledger.attempts(id);
            Instant retryAt = failure.isPermanent() ? null
                    : settings.retries().nextAttempt(attempts, now).orElse(null);
            String error = truncate(failure.getMessage());
            ledger.failed(id, worker, send.message().recipient(), error, retryAt, now);
            LOG.info("Outbox message " + id + " attempt " + attempts + " failed" + (retryAt == null ? " for good" : "")
                    + ": " + error);
            return;
        }
    }

    private MessageGateway gateway(DeliveryChannel channel) throws DeliveryFailure {
        for (MessageGateway gateway : gateways) {
            if (gateway.channel() == channel) {
                return gateway;
            }
        }
        throw DeliveryFailure.permanent("no gateway for channel " + channel);
    }

    /** How each channel is sent now (SMTP/SMSC or the local sink), for the staff page. */
    public List<String> routes() {
        return gateways.stream().map(g -> g.channel() + ": " + g.describe()).sorted().toList();
    }

    private static String truncate(String text) {
        String message = text == null ? "ошибка без описания" : text;
        return message.length() <= OutboxMessage.MAX_ERROR ? message : message.substring(0, OutboxMessage.MAX_ERROR);
    }
}
