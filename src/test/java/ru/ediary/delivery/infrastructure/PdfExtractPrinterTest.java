package ru.ediary.delivery.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import ru.ediary.delivery.model.ExtractFixture;
import ru.ediary.delivery.model.ExtractLayout;
import ru.ediary.delivery.model.ExtractNumber;
import ru.ediary.delivery.model.ExtractPrinter;
import ru.ediary.delivery.model.ExtractSheet;
import ru.ediary.it.extracts.PdfReading;

/** The PDF adapter: Cyrillic text that reads back, the QR code that decodes, binding for double-sided printing. */
class PdfExtractPrinterTest {

    private final PdfExtractPrinter printer = new PdfExtractPrinter();

    private static ExtractSheet sheet(int number) {
        return ExtractLayout.compose(ExtractFixture.facts(ExtractFixture.secondQuarter(), null),
                new ExtractNumber(2026, number), "ABCDEFGHIJKLMNOP",
                "https://school.test/ediary/verify/ABCDEFGHIJKLMNOP");
    }

    @Test
    void theExtractReadsBackInRussianWithItsQrCode() throws Exception {
        ExtractPrinter.Printed printed = printer.print(sheet(7));
        String text = PdfReading.text(printed.pdf());
        assertEquals(PdfReading.pages(printed.pdf()), printed.pages());
        for (String expected : List.of("МОУ «Средняя школа № 5»", "Выписка из электронного дневника",
                "Соколова Анна Игоревна, 4Д класс", "2 четверть (05.11.2026 – 28.12.2026)", "0007/2026",
                "Средний взвешенный балл: 4,67", "Прогноз итоговой оценки: «5». Одна «2» даст «4».",
                "Замена: ведёт Иванова Н. О. вместо Петрова О. С.", "5 (новое)", "Обратная связь",
                "Классный руководитель: Петрова Ольга Сергеевна", "Дата", "Подпись")) {
            assertTrue(text.contains(expected), "«" + expected + "» in:\n" + text);
        }
        assertEquals("https://school.test/ediary/verify/ABCDEFGHIJKLMNOP", PdfReading.qr(printed.pdf(), 1));
    }

    @Test
    void boundExtractsEachStartOnAnOddPage() throws Exception {
        ExtractPrinter.Printed first = printer.print(sheet(1));
        ExtractPrinter.Printed second = printer.print(sheet(2));
        byte[] bound = printer.bind(List.of(first, second, printer.print(sheet(3))));
        int padded = first.pages() + first.pages() % 2;
        assertEquals(padded + second.pages() + second.pages() % 2 + first.pages(), PdfReading.pages(bound));
        assertTrue(PdfReading.text(bound, padded + 1, padded + 1).contains("0002/2026"),
                "the second child starts on page " + (padded + 1));
    }
}
