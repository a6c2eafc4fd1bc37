package ru.ediary.delivery.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import ru.ediary.audit.application.AuditLog;
import ru.ediary.delivery.model.ChildGuardians;
import ru.ediary.delivery.model.Coalescing;
import ru.ediary.delivery.model.KindChoices;
import ru.ediary.delivery.model.NotificationChoices;
import ru.ediary.delivery.model.NotificationEvent;
import ru.ediary.delivery.model.NotificationEvents;
import ru.ediary.delivery.model.NotificationKind;
import ru.ediary.delivery.model.NoticeText;
import ru.ediary.delivery.model.Outbox;
import ru.ediary.delivery.model.OutboxMessage;
import ru.ediary.delivery.model.OutgoingMessage;
import ru.ediary.family.application.DeliveryEligibility;
import ru.ediary.family.model.DeliveryChannel;
import ru.ediary.family.model.DeliveryPlan;
import ru.ediary.family.model.Guardian;
import ru.ediary.platform.SchoolTime;
import ru.ediary.school.model.Student;

/**
 * The outbox's transactions, each short and on its own: composing one burst, claiming one message, deciding
 * whether it may still go, recording the outcome. Sending happens between them, outside any transaction, so a
 * slow SMTP server holds no database locks.
 */
@ApplicationScoped
public class OutboxLedger {

    static final String ACTOR = "delivery";

    @Inject
    Outbox outbox;

    @Inject
    NotificationEvents events;

    @Inject
    NotificationChoices choices;

    @Inject
    ChildGuardians families;

    @Inject
    DeliveryEligibility eligibility;

    @Inject
    AuditLog audit;

    /** What the sender is to do with a claimed message. */
    public sealed interface Verdict permits Send, Drop, Postpone {
    }

    public record Send(OutgoingMessage message) implements Verdict {
    }

    public record Drop(String reason) implements Verdict {
    }

    public record Postpone(Instant until) implements Verdict {
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<NotificationEvent> ripe(Instant cutoff, int maxPairs) {
        return events.ripe(cutoff, maxPairs);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> due(Instant now, int limit) {
        return outbox.due(now, limit);
    }

    /**
     * Turns one burst into at most one message per channel. The events are marked composed first, by a conditional
     * update: if another worker got some of them, this transaction rolls back and leaves the burst to it.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int compose(Coalescing.Burst burst, Instant now) {
        List<Long> ids = burst.events().stream().map(NotificationEvent::getId).toList();
        if (events.markComposed(ids, now) != ids.size()) {
            throw new ComposedElsewhere();
        }
        Guardian guardian = families.guardian(burst.guardianId());
        Student student = families.student(burst.studentId());
        if (guardian == null || student == null) {
            return 0;
        }
        DeliveryPlan plan = eligibility.plan(guardian);
        KindChoices kinds = new KindChoices(choices.of(guardian.getId()));
        Instant due = plan.getQuietHours().nextAllowed(now.atZone(SchoolTime.ZONE)).toInstant();
        int written = 0;
        for (DeliveryChannel channel : List.of(DeliveryChannel.EMAIL, DeliveryChannel.SMS)) {
            List<NotificationEvent> wanted = burst.wantedOn(channel, kinds);
            if (wanted.isEmpty()) {
                continue;
            }
            boolean allowed = plan.allows(channel);
            if (!allowed && plan.isConsentGiven()) {
                continue; // the channel was never in use (no confirmed address): nothing was ever queued for it
            }
            OutboxMessage message = render(burst, channel, wanted, guardian, student, due, now);
            if (!allowed) {
                message.dropAtOnce(dropReason(plan), now);
            }
            written += outbox.add(message) ? 1 : 0;
        }
        return written;
    }

    /** Thrown to roll a compose back when another worker composed part of the burst first. */
    static final class ComposedElsewhere extends RuntimeException {
        ComposedElsewhere() {
            super("the burst was composed by another worker");
        }
    }

    private static OutboxMessage render(Coalescing.Burst burst, DeliveryChannel channel,
                                        List<NotificationEvent> wanted, Guardian guardian, Student student,
                                        Instant due, Instant now) {
        List<String> lines = wanted.stream().map(NotificationEvent::getLine).toList();
        List<NotificationKind> kinds = wanted.stream().map(NotificationEvent::getKind).toList();
        String className = student.getSchoolClass() == null ? null : student.getSchoolClass().getName();
        String childName = student.getName().getFirstName() + " " + student.getName().getLastName();
        String subject = NoticeText.subject(kinds, childName, className);
        String body = channel == DeliveryChannel.EMAIL
                ? NoticeText.email(guardian.getName().full(), student.getName().full(), className, lines)
                : NoticeText.sms(student.getName().getFirstName(), lines);
        return new OutboxMessage(burst.messageKey(channel), burst.schoolId(), burst.guardianId(), burst.studentId(),
                channel, Coalescing.leadingKind(wanted), null, subject, body, due, now);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(long id, String owner, Instant now, Instant leaseUntil) {
        return outbox.claim(id, owner, now, leaseUntil);
    }

    /**
     * Asks the delivery plan again, at send time: a guardian who withdrew consent, dropped the channel or the kind,
     * or lost the confirmed address since the message was queued gets nothing. Codes go to the address they
     * confirm, whatever the plan says; other messages wait out quiet hours.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Verdict> decide(long id, Instant now) {
        OutboxMessage message = outbox.byId(id).orElse(null);
        if (message == null) {
            return Optional.empty();
        }
        if (message.getKind() == NotificationKind.CONFIRMATION_CODE) {
            return Optional.of(new Send(outgoing(message, message.getRecipient())));
        }
        DeliveryPlan plan = eligibility.plan(message.getGuardianId());
        if (!plan.allows(message.getChannel())) {
            return Optional.of(new Drop(dropReason(plan)));
        }
        if (!new KindChoices(choices.of(message.getGuardianId())).wants(message.getChannel(), message.getKind())) {
            return Optional.of(new Drop("получатель отказался от уведомлений «"
                    + NoticeText.title(message.getKind()) + "» по этому каналу"));
        }
        ZonedDateTime local = now.atZone(SchoolTime.ZONE);
        ZonedDateTime allowed = plan.getQuietHours().nextAllowed(local);
        if (allowed.isAfter(local)) {
            return Optional.of(new Postpone(allowed.toInstant()));
        }
        String address = message.getChannel() == DeliveryChannel.EMAIL ? plan.email().orElseThrow()
                : plan.phone().orElseThrow();
        return Optional.of(new Send(outgoing(message, address)));
    }

    private static OutgoingMessage outgoing(OutboxMessage message, String address) {
        return new OutgoingMessage(message.getId(), message.getMessageKey(), message.getChannel(), address,
                message.getSubject(), message.getBody());
    }

    static String dropReason(DeliveryPlan plan) {
        if (!plan.isConsentGiven()) {
            return plan.getConsent() == null ? "нет согласия на обработку персональных данных"
                    : switch (plan.getConsent()) {
                        case WITHDRAWN -> "согласие на обработку персональных данных отозвано";
                        case REFUSED -> "получатель отказался дать согласие на обработку персональных данных";
                        case GIVEN -> "согласие дано";
                    };
        }
        return "канал больше не выбран получателем или нет подтверждённого адреса";
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean sent(long id, String owner, String recipient, String providerRef, Instant at) {
        boolean recorded = outbox.markSent(id, owner, recipient, providerRef, at);
        if (recorded) {
            OutboxMessage message = outbox.byId(id).orElseThrow();
            message.forgetCodeOnceSent();
            Guardian guardian = families.guardian(message.getGuardianId());
            audit.record(ACTOR, "NOTIFICATION_SENT", message.getSchoolId(),
                    "guardian:" + (guardian == null ? message.getGuardianId() : guardian.getSourcedId()),
                    message.getChannel() + " " + message.getKind() + " message " + id + " to " + recipient
                            + " (" + providerRef + ")", null);
        }
        return recorded;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean failed(long id, String owner, String recipient, String error, Instant retryAt, Instant at) {
        return outbox.markFailed(id, owner, recipient, error, retryAt, at);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean dropped(long id, String owner, String reason, Instant at) {
        return outbox.markDropped(id, owner, reason, at);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean postponed(long id, String owner, Instant until) {
        return outbox.postpone(id, owner, until);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int attempts(long id) {
        return outbox.byId(id).map(OutboxMessage::getAttempts).orElse(0);
    }
}
