package ru.ediary.interfaces.web.parent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import ru.ediary.interfaces.web.RussianDateConverter;
import ru.ediary.platform.SchoolTime;

/** Dates as Russian readers write them: «30.11.2026», «понедельник, 30 ноября», «08:30», «4,38». */
@Named("ru")
@ApplicationScoped
public class RussianDates {

    static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    /** «30 ноября» — the genitive month name, as in a date. */
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", RUSSIAN);
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM yyyy", RUSSIAN);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", RUSSIAN);

    /** «30.11.2026». */
    public String date(LocalDate date) {
        return date == null ? "" : RussianDateConverter.FORMAT.format(date);
    }

    /** The school-time date of a moment: «30.11.2026». */
    public String date(Instant moment) {
        return moment == null ? "" : date(LocalDate.ofInstant(moment, SchoolTime.ZONE));
    }

    /** «понедельник». */
    public String weekday(LocalDate date) {
        return date == null ? "" : date.getDayOfWeek().getDisplayName(TextStyle.FULL, RUSSIAN);
    }

    /** «Понедельник, 30 ноября». */
    public String day(LocalDate date) {
        if (date == null) {
            return "";
        }
        String weekday = weekday(date);
        return Character.toUpperCase(weekday.charAt(0)) + weekday.substring(1) + ", " + DAY_MONTH.format(date);
    }

    /** «пн, 30.11». */
    public String shortDay(LocalDate date) {
        return date == null ? "" : date.getDayOfWeek().getDisplayName(TextStyle.SHORT, RUSSIAN) + ", "
                + DateTimeFormatter.ofPattern("dd.MM").format(date);
    }

    /** «30 ноября — 5 декабря 2026». */
    public String range(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            return "";
        }
        return (from.getYear() == to.getYear() ? DAY_MONTH.format(from) : DAY_MONTH_YEAR.format(from)) + " — "
                + DAY_MONTH_YEAR.format(to);
    }

    /** «08:30». */
    public String time(LocalTime time) {
        return time == null ? "" : TIME.format(time);
    }

    /** «2026-11-30», for links and date inputs. */
    public String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** «1,5», «3»: a weight or an average with a decimal comma and no trailing zeros. */
    public String number(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    /** «4,38», always two decimals: an average. */
    public String average(BigDecimal value) {
        return value == null ? "" : value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()
                .replace('.', ',');
    }
}
