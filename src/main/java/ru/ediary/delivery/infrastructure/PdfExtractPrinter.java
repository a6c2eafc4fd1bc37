package ru.ediary.delivery.infrastructure;

import com.google.zxing.common.BitMatrix;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfImportedPage;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import ru.ediary.delivery.model.ExtractPrinter;
import ru.ediary.delivery.model.ExtractSheet;

/**
 * Typesets an {@link ExtractSheet} as an A4 PDF with OpenPDF: Liberation Sans embedded (Identity-H, so every Cyrillic
 * letter prints on any computer), tables with repeated headings, the QR code beside the heading, page numbers in the
 * footer and the tear-off slip at the foot of the last page.
 */
@ApplicationScoped
public class PdfExtractPrinter implements ExtractPrinter {

    private static final float MARGIN = 42f;
    private static final float SLIP_HEIGHT = 150f;
    private static final float QR_MODULE = 2.2f;
    private static final Color RULE = new Color(0x88, 0x88, 0x88);
    private static final Color SHADE = new Color(0xEE, 0xEE, 0xEE);

    /** Parsed once: a TrueType font is read-only after loading and is shared by every document. */
    private static final BaseFont REGULAR = font("liberation/LiberationSans-Regular.ttf");
    private static final BaseFont BOLD = font("liberation/LiberationSans-Bold.ttf");

    private final Font text = new Font(REGULAR, 9);
    private final Font small = new Font(REGULAR, 7.5f);
    private final Font strong = new Font(BOLD, 9);
    private final Font caption = new Font(BOLD, 10);
    private final Font heading = new Font(BOLD, 12);
    private final Font title = new Font(BOLD, 15);

    @Override
    public Printed print(ExtractSheet sheet) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN + 14);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            Footer footer = new Footer(sheet.heading().number());
            writer.setPageEvent(footer);
            document.addTitle(sheet.heading().title() + " № " + sheet.heading().number());
            document.addCreator("eDiary");
            document.open();
            heading(document, writer, sheet);
            for (ExtractSheet.Section section : sheet.sections()) {
                section(document, section);
            }
            slip(document, writer, sheet.slip());
            document.close();
            return new Printed(out.toByteArray(), footer.pages);
        } catch (DocumentException e) {
            throw new IllegalStateException("the extract could not be typeset", e);
        }
    }

    @Override
    public byte[] bind(List<Printed> extracts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.open();
            PdfContentByte canvas = writer.getDirectContent();
            for (int n = 0; n < extracts.size(); n++) {
                PdfReader reader = new PdfReader(extracts.get(n).pdf());
                int pages = reader.getNumberOfPages();
                for (int page = 1; page <= pages; page++) {
                    document.setPageSize(reader.getPageSizeWithRotation(page));
                    document.newPage();
                    PdfImportedPage imported = writer.getImportedPage(reader, page);
                    canvas.addTemplate(imported, 0, 0);
                }
                if (pages % 2 == 1 && n < extracts.size() - 1) {
                    // the back of the extract's last sheet stays blank: the next child starts on a new sheet
                    document.newPage();
                    writer.setPageEmpty(false);
                }
                writer.freeReader(reader);
            }
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("the extracts could not be bound", e);
        }
    }

    // ------------------------------------------------------------------ parts of the page

    private void heading(Document document, PdfWriter writer, ExtractSheet sheet) throws DocumentException {
        ExtractSheet.Heading h = sheet.heading();
        PdfPTable top = new PdfPTable(new float[] {4f, 1.3f});
        top.setWidthPercentage(100);
        PdfPCell left = new PdfPCell();
        left.setBorder(Rectangle.NO_BORDER);
        left.addElement(new Paragraph(h.schoolName(), strong));
        if (h.schoolAddress() != null && !h.schoolAddress().isBlank()) {
            left.addElement(new Paragraph(h.schoolAddress(), small));
        }
        Paragraph titleLine = new Paragraph(h.title(), title);
        titleLine.setSpacingBefore(10);
        left.addElement(titleLine);
        left.addElement(labelled("№ ", h.number() + "   от " + h.issuedOn()));
        left.addElement(labelled("Обучающийся: ", h.student() + ", " + h.className() + " класс"));
        left.addElement(labelled("Период: ", h.period()));
        top.addCell(left);
        PdfPCell right = new PdfPCell(qr(writer, sheet.verification().url()), false);
        right.setBorder(Rectangle.NO_BORDER);
        right.setHorizontalAlignment(Element.ALIGN_RIGHT);
        top.addCell(right);
        document.add(top);
        Paragraph verification = new Paragraph(sheet.verification().text(), small);
        verification.setSpacingAfter(6);
        document.add(verification);
    }

    private Paragraph labelled(String label, String value) {
        Paragraph p = new Paragraph();
        p.add(new Chunk(label, strong));
        p.add(new Chunk(value, text));
        return p;
    }

    private void section(Document document, ExtractSheet.Section section) throws DocumentException {
        Paragraph head = new Paragraph(section.title(), heading);
        head.setSpacingBefore(10);
        head.setSpacingAfter(4);
        head.setKeepTogether(true);
        document.add(head);
        for (ExtractSheet.Table table : section.tables()) {
            table(document, table);
        }
    }

    private void table(Document document, ExtractSheet.Table table) throws DocumentException {
        if (table.caption() != null) {
            Paragraph caption = new Paragraph(table.caption(), this.caption);
            caption.setSpacingBefore(4);
            document.add(caption);
        }
        if (table.lines().isEmpty()) {
            document.add(new Paragraph(table.empty(), text));
        } else {
            PdfPTable grid = new PdfPTable(widths(table));
            grid.setWidthPercentage(100);
            grid.setHeaderRows(1);
            grid.setSpacingBefore(2);
            for (String column : table.columns()) {
                PdfPCell cell = cell(column, strong);
                cell.setBackgroundColor(SHADE);
                grid.addCell(cell);
            }
            for (ExtractSheet.Line line : table.lines()) {
                for (String value : line.cells()) {
                    grid.addCell(cell(value, line.fresh() ? strong : text));
                }
            }
            document.add(grid);
        }
        for (String note : table.notes()) {
            document.add(new Paragraph(note, text));
        }
    }

    /**
     * Column widths after the longest text of each column (between 5 and 40 characters): a date or a mark takes
     * little room, a homework text or a recommendation the rest.
     */
    static float[] widths(ExtractSheet.Table table) {
        float[] widths = new float[table.columns().size()];
        for (int i = 0; i < widths.length; i++) {
            int longest = table.columns().get(i).length();
            for (ExtractSheet.Line line : table.lines()) {
                longest = Math.max(longest, line.cells().get(i).length());
            }
            widths[i] = Math.max(5, Math.min(40, longest));
        }
        return widths;
    }

    private static PdfPCell cell(String value, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(value == null ? "" : value, font));
        cell.setBorderColor(RULE);
        cell.setPadding(3);
        return cell;
    }

    /** The slip at the foot of the last page, below a dashed cutting line; on a page of its own if no room is left. */
    private void slip(Document document, PdfWriter writer, ExtractSheet.FeedbackSlip slip) throws DocumentException {
        if (writer.getVerticalPosition(true) - document.bottom() < SLIP_HEIGHT + 10) {
            document.newPage();
        }
        PdfContentByte canvas = writer.getDirectContent();
        float top = document.bottom() + SLIP_HEIGHT;
        canvas.saveState();
        canvas.setLineDash(4, 3, 0);
        canvas.setColorStroke(RULE);
        canvas.moveTo(document.left(), top);
        canvas.lineTo(document.right(), top);
        canvas.stroke();
        canvas.restoreState();
        ColumnText column = new ColumnText(canvas);
        column.setSimpleColumn(document.left(), document.bottom(), document.right(), top - 4);
        column.addElement(new Paragraph(slip.title() + " (отрезать по линии и вернуть классному руководителю)", caption));
        column.addElement(labelled("Обучающийся: ", slip.student() + ", " + slip.className() + " класс"));
        column.addElement(labelled("Выписка № ", slip.number()));
        column.addElement(new Paragraph("Комментарий родителя (законного представителя):", text));
        for (int i = 0; i < slip.commentLines(); i++) {
            column.addElement(new Paragraph("_____________________________________________________________"
                    + "_____________________________________", text));
        }
        column.addElement(new Paragraph("Дата ____________    Подпись ____________________", text));
        column.addElement(labelled("Классный руководитель: ", slip.classTeacher()));
        column.go();
    }

    private static Image qr(PdfWriter writer, String url) throws DocumentException {
        BitMatrix modules = QrCode.of(url);
        float side = modules.getWidth() * QR_MODULE;
        PdfTemplate template = writer.getDirectContent().createTemplate(side, side);
        template.setColorFill(Color.BLACK);
        // a rectangle per run of dark modules in a row: a third of the drawing operations of one per module
        for (int y = 0; y < modules.getHeight(); y++) {
            for (int x = 0; x < modules.getWidth(); x++) {
                if (modules.get(x, y)) {
                    int start = x;
                    while (x + 1 < modules.getWidth() && modules.get(x + 1, y)) {
                        x++;
                    }
                    template.rectangle(start * QR_MODULE, side - (y + 1) * QR_MODULE, (x - start + 1) * QR_MODULE,
                            QR_MODULE);
                }
            }
        }
        template.fill();
        return Image.getInstance(template);
    }

    private static BaseFont font(String resource) {
        try (InputStream in = PdfExtractPrinter.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font " + resource + " is not on the class path (openpdf-fonts-extra)");
            }
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(),
                    null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    /** «Выписка № 0007/2026 — стр. 2» at the foot of every page; counts the pages. */
    private final class Footer extends PdfPageEventHelper {

        private final String number;
        private int pages;

        Footer(String number) {
            this.number = number;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            pages = writer.getPageNumber();
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_RIGHT,
                    new Phrase("Выписка № " + number + " — стр. " + pages, small), document.right(),
                    document.bottom() - 20, 0);
        }
    }
}
