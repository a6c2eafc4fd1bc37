package ru.ediary.delivery.model;

import ru.ediary.family.model.DeliveryChannel;

/** Sends over one channel: SMTP or SMPP when configured, the local sink otherwise. */
public interface MessageGateway {

    DeliveryChannel channel();

    /** Sends and returns the provider's reference (Message-ID, SMSC message ids, sink file). */
    String send(OutgoingMessage message) throws DeliveryFailure;

    /** «SMTP mail.example.ru:587» or «локальный каталог …», for the staff page. */
    String describe();
}
