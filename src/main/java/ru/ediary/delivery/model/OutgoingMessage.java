package ru.ediary.delivery.model;

import ru.ediary.family.model.DeliveryChannel;

/** What a gateway needs to send one claimed message. */
public record OutgoingMessage(long id, String messageKey, DeliveryChannel channel, String recipient, String subject,
                              String body) {
}
