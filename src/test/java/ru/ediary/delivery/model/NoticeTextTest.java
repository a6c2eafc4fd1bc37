package ru.ediary.delivery.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NoticeTextTest {

    @Test
    void theSubjectNamesTheNewsAndTheChild() {
        assertEquals("Новые оценки: Анна Соколова (3Б)",
                NoticeText.subject(List.of(NotificationKind.MARK, NotificationKind.MARK), "Анна Соколова", "3Б"));
        assertEquals("Новое в дневнике: Анна Соколова (3Б)",
                NoticeText.subject(List.of(NotificationKind.MARK, NotificationKind.FINAL_GRADE), "Анна Соколова", "3Б"));
    }

    @Test
    void anEmailGreetsTheGuardianAndListsEachChange() {
        String text = NoticeText.email("Соколова Мария Павловна", "Соколова Анна", "3Б",
                List.of("Математика, 05.10.2026 — оценка 5", "Русский язык, 05.10.2026 — оценка 4"));
        assertEquals("Здравствуйте, Соколова Мария Павловна!\n\nСоколова Анна, 3Б класс:\n"
                + "— Математика, 05.10.2026 — оценка 5\n— Русский язык, 05.10.2026 — оценка 4\n\n"
                + NoticeText.SIGNATURE + "\n", text);
    }

    @Test
    void theHtmlPartSaysTheSameAsTheTextEscaped() {
        String html = MailLayout.html("Оценки <3Б>", "Здравствуйте!\n\n— оценка 5 & «молодец»\n— оценка 4\n\nПодпись");
        assertTrue(html.contains("<title>Оценки &lt;3Б&gt;</title>"), html);
        assertTrue(html.contains("<p>Здравствуйте!</p><ul><li>оценка 5 &amp; «молодец»</li><li>оценка 4</li></ul>"
                + "<p>Подпись</p>"), html);
        assertTrue(html.startsWith("<!DOCTYPE html><html lang=\"ru\"><head><meta charset=\"UTF-8\">"));
    }

    @Test
    void anSmsIsTheChildsNameAndTheLines() {
        assertEquals("Анна: Математика — оценка 5; Русский язык — оценка 4",
                NoticeText.sms("Анна", List.of("Математика — оценка 5", "Русский язык — оценка 4")));
    }

    @Test
    void invalidAddressesAreDeadAtOnceWithTheirReasonAndValidOnesPass() throws Exception {
        assertEquals("maria.sokolova@family.test", SendableAddress.email("Maria.Sokolova@family.test"));
        DeliveryFailure email = assertThrows(DeliveryFailure.class, () -> SendableAddress.email("nina@@family.test"));
        assertTrue(email.isPermanent());
        assertEquals("адрес электронной почты «nina@@family.test» недействителен", email.getMessage());
        assertEquals("79110000001", SendableAddress.smsDestination("+7 (911) 000-00-01"));
        assertEquals("79110000001", SendableAddress.smsDestination("89110000001"));
        DeliveryFailure phone = assertThrows(DeliveryFailure.class, () -> SendableAddress.smsDestination("12345"));
        assertTrue(phone.isPermanent());
        assertTrue(phone.getMessage().startsWith("номер телефона «12345» недействителен"), phone.getMessage());
    }
}
