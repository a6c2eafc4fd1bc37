package ru.ediary.delivery.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.ediary.family.model.DeliveryChannel;

class CoalescingTest {

    private final Instant t = Instant.parse("2026-11-30T09:00:00Z");

    private NotificationEvent event(String key, long guardian, long student, NotificationKind kind, int second) {
        return new NotificationEvent(key, 1, guardian, student, kind, "line " + key, t.plusSeconds(second));
    }

    @Test
    void thirtyMarksOfOneChildForOneGuardianAreOneBurst() {
        List<NotificationEvent> events = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            events.add(event("MARK:" + i, 7, 70, NotificationKind.MARK, i));
        }
        List<Coalescing.Burst> bursts = Coalescing.bursts(events);
        assertEquals(1, bursts.size());
        assertEquals(30, bursts.get(0).events().size());
        assertEquals("line MARK:0", bursts.get(0).events().get(0).getLine(), "in the order they happened");
    }

    @Test
    void eachGuardianAndEachChildGetsABurstOfItsOwn() {
        List<Coalescing.Burst> bursts = Coalescing.bursts(List.of(event("a", 7, 70, NotificationKind.MARK, 0),
                event("b", 8, 70, NotificationKind.MARK, 1), event("c", 7, 71, NotificationKind.MARK, 2),
                event("d", 7, 70, NotificationKind.MARK, 3)));
        assertEquals(3, bursts.size());
        assertEquals(List.of(2, 1, 1), bursts.stream().map(b -> b.events().size()).toList());
    }

    @Test
    void theMessageKeyDependsOnTheEventsAndChannelNotOnTheirOrder() {
        NotificationEvent a = event("a", 7, 70, NotificationKind.MARK, 0);
        NotificationEvent b = event("b", 7, 70, NotificationKind.MARK, 0);
        Coalescing.Burst one = Coalescing.bursts(List.of(a, b)).get(0);
        Coalescing.Burst again = Coalescing.bursts(List.of(b, a)).get(0);
        assertEquals(one.messageKey(DeliveryChannel.EMAIL), again.messageKey(DeliveryChannel.EMAIL));
        assertNotEquals(one.messageKey(DeliveryChannel.EMAIL), one.messageKey(DeliveryChannel.SMS));
        Coalescing.Burst other = Coalescing.bursts(List.of(a, event("c", 7, 70, NotificationKind.MARK, 0))).get(0);
        assertNotEquals(one.messageKey(DeliveryChannel.EMAIL), other.messageKey(DeliveryChannel.EMAIL));
    }

    @Test
    void smsCarriesOnlyTheKindsChosenForItAndAMixedMessageIsFiledUnderTheWeightiest() {
        Coalescing.Burst burst = Coalescing.bursts(List.of(event("m", 7, 70, NotificationKind.MARK, 0),
                event("f", 7, 70, NotificationKind.FINAL_GRADE, 1))).get(0);
        KindChoices defaults = new KindChoices(List.of());
        assertEquals(2, burst.wantedOn(DeliveryChannel.EMAIL, defaults).size());
        assertEquals(List.of(NotificationKind.FINAL_GRADE), burst.wantedOn(DeliveryChannel.SMS, defaults).stream()
                .map(NotificationEvent::getKind).toList());
        assertEquals(NotificationKind.FINAL_GRADE, Coalescing.leadingKind(burst.events()));
    }
}
