package ru.ediary.interfaces.web.region;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import ru.ediary.interfaces.web.RussianDateConverter;
import ru.ediary.platform.SchoolTime;
import ru.ediary.reporting.model.PeriodRef;
import ru.ediary.school.model.PeriodKind;

/**
 * The words and formats the region's pages and their XLSX share: period names, dates and moments as Russians write
 * them, and the period as it travels in the address ({@code QUARTER-2}).
 */
final class RegionTexts {

    static final String BUNDLE = "ru.ediary.interfaces.web.messages";
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
            .withZone(SchoolTime.ZONE);

    private final ResourceBundle msg;

    RegionTexts(ResourceBundle msg) {
        this.msg = msg;
    }

    static RegionTexts of(Locale locale) {
        return new RegionTexts(ResourceBundle.getBundle(BUNDLE, locale));
    }

    String text(String key) {
        return msg.getString(key);
    }

    String format(String key, Object... arguments) {
        return new MessageFormat(msg.getString(key), msg.getLocale()).format(arguments);
    }

    /** «2-я четверть», «1-е полугодие», «год». */
    String period(PeriodRef period) {
        return period == null ? "" : format("region.period." + period.kind().name(), period.number());
    }

    /** «12.11.2026 14:05» in the schools' time; «нет данных» when there is no moment. */
    String moment(Instant instant) {
        return instant == null ? text("region.noData") : MOMENT.format(instant);
    }

    static String day(LocalDate date) {
        return date == null ? "" : RussianDateConverter.FORMAT.format(date);
    }

    /** {@code QUARTER-2} for the address. */
    static String param(PeriodRef period) {
        return period == null ? null : period.kind().name() + "-" + period.number();
    }

    /** The period in the address; null when there is none. */
    static PeriodRef period(String param) throws IllegalArgumentException {
        if (param == null || param.isBlank()) {
            return null;
        }
        String[] parts = param.trim().split("-");
        if (parts.length != 2) {
            throw new IllegalArgumentException("a period is KIND-NUMBER: " + param);
        }
        return new PeriodRef(PeriodKind.valueOf(parts[0]), Integer.parseInt(parts[1]));
    }
}
