package ru.ediary.delivery.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import ru.ediary.family.model.DeliveryChannel;

class OutboxMessageTest {

    private final Instant now = Instant.parse("2026-12-04T14:30:00Z");

    @Test
    void staffNeverSeeAConfirmationCode() {
        OutboxMessage code = new OutboxMessage("code:1", 1, 2, null, DeliveryChannel.EMAIL,
                NotificationKind.CONFIRMATION_CODE, "olga@example.ru", "Код подтверждения",
                NoticeText.codeEmail("407215"), now, now);

        assertFalse(code.bodyForStaff().contains("407215"), code.bodyForStaff());
        assertTrue(code.bodyForStaff().contains("••••••"), code.bodyForStaff());
        assertTrue(code.getBody().contains("407215"), "the message itself still carries it until it is sent");
    }

    @Test
    void otherMessagesAreShownAsWritten() {
        String body = "Математика, 04.12.2026 — оценка 5; телефон школы 812345";
        OutboxMessage notice = new OutboxMessage("mark:1", 1, 2, 3L, DeliveryChannel.EMAIL, NotificationKind.MARK,
                null, "Новые оценки", body, now, now);
        assertEquals(body, notice.bodyForStaff());
    }
}
