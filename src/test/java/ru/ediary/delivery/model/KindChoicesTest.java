package ru.ediary.delivery.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import ru.ediary.family.model.DeliveryChannel;

class KindChoicesTest {

    @Test
    void byDefaultEmailCarriesEverythingAndSmsOnlyFinalGradesChangesAndCodes() {
        KindChoices defaults = new KindChoices(List.of());
        for (NotificationKind kind : NotificationKind.values()) {
            assertTrue(defaults.wants(DeliveryChannel.EMAIL, kind), kind.name());
        }
        assertTrue(defaults.wants(DeliveryChannel.SMS, NotificationKind.FINAL_GRADE));
        assertTrue(defaults.wants(DeliveryChannel.SMS, NotificationKind.TIMETABLE_CHANGE));
        assertTrue(defaults.wants(DeliveryChannel.SMS, NotificationKind.CONFIRMATION_CODE));
        assertFalse(defaults.wants(DeliveryChannel.SMS, NotificationKind.MARK));
        assertFalse(defaults.wants(DeliveryChannel.SMS, NotificationKind.WEEKLY_SUMMARY));
    }

    @Test
    void aStoredChoiceOverridesTheDefaultButCodesCannotBeSwitchedOff() {
        KindChoices chosen = new KindChoices(List.of(
                new NotificationChoice(1, 2, DeliveryChannel.SMS, NotificationKind.MARK, true),
                new NotificationChoice(1, 2, DeliveryChannel.EMAIL, NotificationKind.WEEKLY_SUMMARY, false),
                new NotificationChoice(1, 2, DeliveryChannel.SMS, NotificationKind.CONFIRMATION_CODE, false)));
        assertTrue(chosen.wants(DeliveryChannel.SMS, NotificationKind.MARK));
        assertFalse(chosen.wants(DeliveryChannel.EMAIL, NotificationKind.WEEKLY_SUMMARY));
        assertTrue(chosen.wants(DeliveryChannel.SMS, NotificationKind.CONFIRMATION_CODE));
    }
}
