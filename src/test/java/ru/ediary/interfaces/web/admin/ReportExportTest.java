package ru.ediary.interfaces.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ReportExportTest {

    private final ReportTable table = new ReportTable("Итоги успеваемости, 2 четверть", "results",
            List.of("Класс", "Предмет", "Качество, %", "Учащихся"),
            List.of(Arrays.asList("5А", "Математика; алгебра", 62.5, 24),
                    Arrays.asList("5Б", "Русский \"язык\"", null, 0)));

    @Test
    void workbookHoldsTheHeadersAndNumbersAsNumbers() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(ReportExport.xlsx(table)))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("Итоги успеваемости, 2 четверть", sheet.getSheetName());
            assertEquals("Качество, %", sheet.getRow(0).getCell(2).getStringCellValue());
            assertEquals("Математика; алгебра", sheet.getRow(1).getCell(1).getStringCellValue());
            assertEquals(62.5, sheet.getRow(1).getCell(2).getNumericCellValue());
            assertEquals(24, sheet.getRow(1).getCell(3).getNumericCellValue());
            assertEquals(null, sheet.getRow(2).getCell(2));
            assertEquals(2, sheet.getLastRowNum());
        }
    }

    @Test
    void csvIsSemicolonSeparatedUtf8WithDecimalCommas() {
        String csv = new String(ReportExport.csv(table), StandardCharsets.UTF_8);
        assertEquals("\uFEFFКласс;Предмет;Качество, %;Учащихся\r\n"
                + "5А;\"Математика; алгебра\";62,5;24\r\n"
                + "5Б;\"Русский \"\"язык\"\"\";;0\r\n", csv);
    }
}
