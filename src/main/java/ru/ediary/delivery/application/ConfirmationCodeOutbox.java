package ru.ediary.delivery.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import ru.ediary.delivery.model.NoticeText;
import ru.ediary.delivery.model.NotificationKind;
import ru.ediary.delivery.model.Outbox;
import ru.ediary.delivery.model.OutboxMessage;
import ru.ediary.delivery.model.UrgentMessageQueued;
import ru.ediary.family.model.ConfirmationCodeSender;
import ru.ediary.family.model.ContactChannel;
import ru.ediary.family.model.ContactPoint;
import ru.ediary.family.model.DeliveryChannel;
import ru.ediary.platform.Sha256;

/**
 * Confirmation codes go through the outbox like everything else (so they are retried, logged and visible to
 * staff), but due at once, to the exact address being confirmed, past consent and quiet hours: the code is how
 * the guardian proves the address is theirs.
 */
@ApplicationScoped
public class ConfirmationCodeOutbox implements ConfirmationCodeSender {

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    Event<UrgentMessageQueued> urgent;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void send(ContactPoint contact, String code) {
        Instant now = clock.instant();
        boolean email = contact.getChannel() == ContactChannel.EMAIL;
        // the contact may not have its id yet (inserted with this transaction); its address and the time will do
        String key = "code:" + contact.getGuardian().getId() + ":" + fingerprint(contact.getAddress() + "/" + code
                + "/" + now.toEpochMilli());
        outbox.add(new OutboxMessage(key, contact.getSchool().getId(), contact.getGuardian().getId(), null,
                email ? DeliveryChannel.EMAIL : DeliveryChannel.SMS, NotificationKind.CONFIRMATION_CODE,
                contact.getAddress(), NoticeText.title(NotificationKind.CONFIRMATION_CODE) + " — электронный дневник",
                email ? NoticeText.codeEmail(code) : NoticeText.codeSms(code), now, now));
        urgent.fire(new UrgentMessageQueued(key));
    }

    /** The key must not reveal the code (staff see keys); a hash of code and time is unique enough. */
    private static String fingerprint(String text) {
        return Sha256.hex(text).substring(0, 16);
    }
}
