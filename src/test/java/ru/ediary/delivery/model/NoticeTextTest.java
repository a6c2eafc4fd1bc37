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
    void invalidAddressesAreNamedAndValidOnesPass() throws Exception {
        assertTrue(ContactAddress.emailProblem("maria.sokolova@family.test").isEmpty());
        assertEquals("адрес электронной почты «nina@@family.test» недействителен",
                ContactAddress.emailProblem("nina@@family.test").orElseThrow());
        assertTrue(ContactAddress.emailProblem("no-domain@localhost").isPresent());
        assertEquals("79110000001", ContactAddress.phoneDigits("+7 (911) 000-00-01"));
        assertEquals("79110000001", ContactAddress.phoneDigits("89110000001"));
        DeliveryFailure bad = assertThrows(DeliveryFailure.class, () -> ContactAddress.phoneDigits("12345"));
        assertTrue(bad.isPermanent());
        assertTrue(bad.getMessage().contains("«12345» недействителен"), bad.getMessage());
    }
}
