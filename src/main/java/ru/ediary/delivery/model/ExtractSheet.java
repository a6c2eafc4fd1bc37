package ru.ediary.delivery.model;

import java.util.List;

/**
 * What goes on the pages of one paper extract, in order, as plain text: the layout model. {@link ExtractLayout}
 * decides it from the diary; a printer ({@link ExtractPrinter}) only typesets it, so what the guardian reads is
 * tested without a PDF library.
 */
public record ExtractSheet(Heading heading, List<Section> sections, FeedbackSlip slip, Verification verification) {

    /** The top of the first page. */
    public record Heading(String schoolName, String schoolAddress, String title, String student, String className,
                          String period, String issuedOn, String number) {
    }

    /** «Оценки по предметам», «Посещаемость» …: a heading and its tables. */
    public record Section(String title, List<Table> tables) {
    }

    /**
     * A table: an optional caption (a subject's name), column headings, lines, notes under it (average, forecast,
     * final grade) and the text printed instead of an empty table.
     */
    public record Table(String caption, List<String> columns, List<Line> lines, List<String> notes, String empty) {
    }

    /** A line of cells; {@code fresh} lines carry something the guardian has not yet received on paper («новое»). */
    public record Line(List<String> cells, boolean fresh) {

        public static Line of(String... cells) {
            return new Line(List.of(cells), false);
        }
    }

    /** The tear-off slip at the bottom, «Обратная связь», handed back to the class teacher. */
    public record FeedbackSlip(String title, String student, String className, String number, String classTeacher,
                               int commentLines) {
    }

    /** The verification code, the address the QR code holds, and the sentence that explains them. */
    public record Verification(String code, String url, String text) {
    }
}
