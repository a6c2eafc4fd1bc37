package ru.ediary.delivery.model;

import ru.ediary.family.model.DeliveryChannel;

/** What staff filter the outbox by; null fields do not filter. Always within one school. */
public record OutboxQuery(long schoolId, Long guardianId, DeliveryChannel channel, MessageStatus status, int limit) {
}
