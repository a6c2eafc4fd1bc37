package ru.ediary.interfaces.web.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import ru.ediary.audit.application.AuditLog;
import ru.ediary.interfaces.web.SignedIn;

/**
 * Sends a staff table as an XLSX workbook or a CSV file from a Faces action, and audits the export: a table may name
 * students, and every staff read of personal data is written down.
 */
@ApplicationScoped
public class ReportExport {

    /** The two file kinds a table exports to. */
    public enum Format {
        XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        /** Semicolon-separated UTF-8 with a byte-order mark: what a Russian Excel opens with a double click. */
        CSV("csv", "text/csv; charset=UTF-8");

        private final String extension;
        private final String contentType;

        Format(String extension, String contentType) {
            this.extension = extension;
            this.contentType = contentType;
        }
    }

    @Inject
    AuditLog audit;

    @Inject
    SignedIn signedIn;

    /** Writes the table to the current response and ends the Faces request. */
    @Transactional
    public void send(ReportTable table, Format format) {
        byte[] file = format == Format.XLSX ? xlsx(table) : csv(table);
        audit.record(signedIn.getLogin(), "REPORT_EXPORTED", signedIn.schoolId(), table.fileName(),
                table.title() + "; " + table.rows().size() + " rows; " + format, signedIn.remoteAddress());
        FacesContext faces = FacesContext.getCurrentInstance();
        HttpServletResponse response = (HttpServletResponse) faces.getExternalContext().getResponse();
        response.reset();
        response.setContentType(format.contentType);
        response.setHeader("Content-Disposition",
                "attachment; filename=\"" + table.fileName() + "." + format.extension + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(file.length);
        try {
            response.getOutputStream().write(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** The table as an XLSX workbook: bold headers, frozen first row, numbers as numbers. */
    public static byte[] xlsx(ReportTable table) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(table.title()));
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            int[] widths = new int[table.columns().size()];
            for (int c = 0; c < table.columns().size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(table.columns().get(c));
                cell.setCellStyle(bold);
                widths[c] = table.columns().get(c).length();
            }
            for (int r = 0; r < table.rows().size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = table.rows().get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else {
                        cell.setCellValue(value.toString());
                    }
                    if (c < widths.length) {
                        widths[c] = Math.max(widths[c], value.toString().length());
                    }
                }
            }
            // Widths by character count: autoSizeColumn needs AWT fonts, which a headless server may not have.
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, Math.min(255, widths[c] + 2) * 256);
            }
            sheet.createFreezePane(0, 1);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] csv(ReportTable table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL.builder().setDelimiter(';').get())) {
            writer.write('\uFEFF');
            printer.printRecord(table.columns());
            for (List<Object> values : table.rows()) {
                List<String> cells = new ArrayList<>(values.size());
                for (Object value : values) {
                    cells.add(csvCell(value));
                }
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A number with a decimal comma, as Russian spreadsheets read it; plain text otherwise. */
    static String csvCell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
            return new BigDecimal(value.toString()).stripTrailingZeros().toPlainString().replace('.', ',');
        }
        return value.toString();
    }
}
