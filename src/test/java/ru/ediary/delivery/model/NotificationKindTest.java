package ru.ediary.delivery.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import ru.ediary.family.model.DeliveryChannel;

class NotificationKindTest {

    @Test
    void codesGoFirstThenNewsThenDigests() {
        assertEquals(0, NotificationKind.CONFIRMATION_CODE.priority());
        for (NotificationKind kind : EnumSet.range(NotificationKind.MARK, NotificationKind.RECOMMENDATION)) {
            assertEquals(1, kind.priority(), kind.name());
            assertTrue(kind.priority() > NotificationKind.CONFIRMATION_CODE.priority());
        }
        assertEquals(2, NotificationKind.WEEKLY_SUMMARY.priority());
        assertEquals(2, NotificationKind.FORECAST.priority());
    }

    @Test
    void aMessageKeepsItsKindsPriorityForTheDueQuery() {
        Instant now = Instant.parse("2026-12-04T14:30:00Z");
        OutboxMessage digest = new OutboxMessage("k1", 1, 2, 3L, DeliveryChannel.EMAIL, NotificationKind.WEEKLY_SUMMARY,
                null, "Итоги недели", "…", now, now);
        OutboxMessage code = new OutboxMessage("k2", 1, 2, null, DeliveryChannel.SMS,
                NotificationKind.CONFIRMATION_CODE, "+79110000001", "Код", "123456", now, now);
        assertEquals(2, digest.getPriority());
        assertEquals(0, code.getPriority());
    }
}
