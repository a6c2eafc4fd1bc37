package ru.ediary.delivery.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
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
 * due messages one by one. Every step is safe to run on several instances (or twice on one) at the same time.
 * {@code now} is a parameter so that tests can let a lease or quiet hours run out without waiting.
 */
@ApplicationScoped
public class OutboxDispatcher {

    static final int BURSTS_PER_PASS = 200;
    static final int MESSAGES_PER_PASS = 100;
    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());

    /** This instance's name on its leases: the JVM's name (pid@host) and a per-start nonce. */
    private final String instance = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8);

    @Inject
    OutboxLedger ledger;

    @Inject
    DeliverySettings settings;

    @Inject
    @Any
    Instance<MessageGateway> gateways;

    public void runOnce(Instant now) {
        runOnce(now, instance);
    }

    /** {@code worker} names the lease holder: tests run two "instances" in one JVM. */
    public void runOnce(Instant now, String worker) {
        compose(now);
        for (long id : ledger.due(now, MESSAGES_PER_PASS)) {
            deliver(id, now, worker);
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
            ledger.sent(id, worker, send.message().recipient(), reference, Instant.now());
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
