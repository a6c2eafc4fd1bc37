package ru.ediary.delivery.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import ru.ediary.platform.Refusal;

/**
 * The stretch of days an extract covers: a reporting period of the school («1 четверть», with its id) or a date range
 * chosen by staff. A range must lie within the student's school year: the diary has nothing outside it, and an
 * extract that looks empty for that reason would mislead a guardian.
 */
public record ExtractPeriod(Long periodId, String name, LocalDate from, LocalDate to, boolean finished) {

    /** A reporting period as the school defines it. */
    public static ExtractPeriod period(long periodId, String name, LocalDate from, LocalDate to, boolean finished) {
        return new ExtractPeriod(periodId, name, from, to, finished);
    }

    /**
     * A range of days, checked against the school year {@code yearStart}–{@code yearEnd}; refused («extract.range.*»)
     * when incomplete, reversed, longer than the school year or outside it.
     */
    public static ExtractPeriod range(LocalDate from, LocalDate to, LocalDate yearStart, LocalDate yearEnd) {
        if (from == null || to == null) {
            throw new Refusal("extract.range.missing");
        }
        if (to.isBefore(from)) {
            throw new Refusal("extract.range.reversed", ChangeWording.DATE.format(from),
                    ChangeWording.DATE.format(to));
        }
        if (ChronoUnit.DAYS.between(from, to) > ChronoUnit.DAYS.between(yearStart, yearEnd)) {
            throw new Refusal("extract.range.tooLong");
        }
        if (from.isBefore(yearStart) || to.isAfter(yearEnd)) {
            throw new Refusal("extract.range.outsideYear", ChangeWording.DATE.format(yearStart),
                    ChangeWording.DATE.format(yearEnd));
        }
        return new ExtractPeriod(null, null, from, to, false);
    }

    /** «1 четверть (01.09.2026 – 26.10.2026)» or «01.10.2026 – 15.10.2026». */
    public String label() {
        String dates = ChangeWording.DATE.format(from) + " – " + ChangeWording.DATE.format(to);
        return name == null ? dates : name + " (" + dates + ")";
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
