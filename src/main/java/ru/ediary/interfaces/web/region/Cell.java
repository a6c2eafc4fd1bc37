package ru.ediary.interfaces.web.region;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Function;
import ru.ediary.reporting.model.Published;

/**
 * One cell of a regional table as the page shows it and the XLSX writes it: its text, whether it is suppressed
 * («<5»: computed over fewer than five people), the value it sorts by (null: suppressed or empty, sorted last) and the
 * value the export writes (a number, a text, or null for an empty cell).
 */
public record Cell(String text, boolean suppressed, BigDecimal sortValue, Object exported) {

    /** What a suppressed cell shows, on the page and in the file alike. */
    public static final String SUPPRESSED_TEXT = "<5";
    /** What an empty figure (nothing to compute it from) shows. */
    public static final String EMPTY_TEXT = "—";

    public static Cell hidden() {
        return new Cell(SUPPRESSED_TEXT, true, null, SUPPRESSED_TEXT);
    }

    public static Cell count(long n) {
        return new Cell(Long.toString(n), false, BigDecimal.valueOf(n), n);
    }

    /** A figure with decimals, written with a decimal comma; «—» when there is nothing to compute it from. */
    public static Cell figure(Optional<BigDecimal> value) {
        return value.map(v -> new Cell(v.toPlainString().replace('.', ','), false, v, (Object) v))
                .orElseGet(() -> new Cell(EMPTY_TEXT, false, null, null));
    }

    public static Cell text(String text) {
        return new Cell(text, false, null, text);
    }

    /** The cell of a published figure: suppressed, or what {@code shown} makes of it. */
    public static <T> Cell of(Published<T> published, Function<T, Cell> shown) {
        return published.isSuppressed() ? hidden() : shown.apply(published.getValue());
    }

    public String getText() {
        return text;
    }

    public boolean isSuppressed() {
        return suppressed;
    }
}
