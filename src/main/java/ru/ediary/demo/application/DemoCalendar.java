package ru.ediary.demo.application;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ru.ediary.school.model.PeriodKind;

/**
 * The calendar of the demo school year that contains a date: reporting periods, holidays and school days, after
 * the pattern of the federal calendar (четверти of about 8, 8, 10–11 and 8 weeks; полугодия joined at the winter
 * holidays; extra February holidays for first-graders; public holidays free of lessons; a five-day week).
 *
 * <p>The school year runs from 1 September to 31 August (so that the summer holidays lie inside it); studies, and
 * the period «Учебный год», end in late May.
 */
public final class DemoCalendar {

    /** An academic period; quarters and half-years nest in the year period {@link #YEAR}. */
    public record Period(String sourcedId, PeriodKind kind, int ordinal, String name, LocalDate startsOn,
                         LocalDate endsOn) {

        public boolean contains(LocalDate date) {
            return !date.isBefore(startsOn) && !date.isAfter(endsOn);
        }

        public boolean isFinishedOn(LocalDate date) {
            return endsOn.isBefore(date);
        }
    }

    /** Каникулы or a public holiday; {@code onlyGrade} null means every grade. */
    public record Break(String sourcedId, String name, LocalDate startsOn, LocalDate endsOn, Integer onlyGrade) {

        public boolean covers(LocalDate date, int grade) {
            return !date.isBefore(startsOn) && !date.isAfter(endsOn) && (onlyGrade == null || onlyGrade == grade);
        }
    }

    public static final String YEAR = "p-year";

    private final int startYear;
    private final LocalDate startsOn;
    private final LocalDate endsOn;
    private final LocalDate studiesEnd;
    private final List<Period> periods = new ArrayList<>();
    private final List<Break> breaks = new ArrayList<>();

    private DemoCalendar(int startYear) {
        this.startYear = startYear;
        int y = startYear;
        startsOn = LocalDate.of(y, 9, 1);
        endsOn = LocalDate.of(y + 1, 8, 31);
        studiesEnd = lastWeekdayOnOrBefore(LocalDate.of(y + 1, 5, 26));

        LocalDate autumn = saturdayFrom(LocalDate.of(y, 10, 24));
        LocalDate winter = saturdayFrom(LocalDate.of(y, 12, 24));
        LocalDate winterEnd = LocalDate.of(y + 1, 1, 8).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        LocalDate spring = saturdayFrom(LocalDate.of(y + 1, 3, 21));
        LocalDate february = saturdayFrom(LocalDate.of(y + 1, 2, 14));

        periods.add(new Period(YEAR, PeriodKind.YEAR, 1, "Учебный год", startsOn, studiesEnd));
        periods.add(new Period("p-q1", PeriodKind.QUARTER, 1, "1 четверть", startsOn, autumn.minusDays(1)));
        periods.add(new Period("p-q2", PeriodKind.QUARTER, 2, "2 четверть", autumn.plusDays(9), winter.minusDays(1)));
        periods.add(new Period("p-q3", PeriodKind.QUARTER, 3, "3 четверть", winterEnd.plusDays(1),
                spring.minusDays(1)));
        periods.add(new Period("p-q4", PeriodKind.QUARTER, 4, "4 четверть", spring.plusDays(9), studiesEnd));
        periods.add(new Period("p-h1", PeriodKind.HALF_YEAR, 1, "1 полугодие", startsOn, winter.minusDays(1)));
        periods.add(new Period("p-h2", PeriodKind.HALF_YEAR, 2, "2 полугодие", winterEnd.plusDays(1), studiesEnd));

        breaks.add(new Break("hol-autumn", "Осенние каникулы", autumn, autumn.plusDays(8), null));
        breaks.add(new Break("hol-winter", "Зимние каникулы", winter, winterEnd, null));
        breaks.add(new Break("hol-february-1", "Дополнительные каникулы для первоклассников", february,
                february.plusDays(8), 1));
        breaks.add(new Break("hol-spring", "Весенние каникулы", spring, spring.plusDays(8), null));
        breaks.add(new Break("hol-summer", "Летние каникулы", studiesEnd.plusDays(1), endsOn, null));
        publicHoliday("hol-0411", "День народного единства (праздничный день)", LocalDate.of(y, 11, 4));
        publicHoliday("hol-2302", "День защитника Отечества (праздничный день)", LocalDate.of(y + 1, 2, 23));
        publicHoliday("hol-0803", "Международный женский день (праздничный день)", LocalDate.of(y + 1, 3, 8));
        publicHoliday("hol-0105", "Праздник Весны и Труда (праздничный день)", LocalDate.of(y + 1, 5, 1));
        publicHoliday("hol-0905", "День Победы (праздничный день)", LocalDate.of(y + 1, 5, 9));
    }

    /** The school year containing {@code date}: the one starting 1 September of this or the previous year. */
    public static DemoCalendar containing(LocalDate date) {
        return new DemoCalendar(date.getMonthValue() >= 9 ? date.getYear() : date.getYear() - 1);
    }

    private void publicHoliday(String id, String name, LocalDate date) {
        boolean weekday = date.getDayOfWeek().getValue() <= 5;
        boolean free = breaks.stream().noneMatch(b -> b.onlyGrade() == null && b.covers(date, 0));
        if (weekday && free) {
            breaks.add(new Break(id, name, date, date, null));
        }
    }

    private static LocalDate saturdayFrom(LocalDate date) {
        return date.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
    }

    private static LocalDate lastWeekdayOnOrBefore(LocalDate date) {
        LocalDate d = date;
        while (d.getDayOfWeek().getValue() > 5) {
            d = d.minusDays(1);
        }
        return d;
    }

    /** «2026/2027». */
    public String name() {
        return startYear + "/" + (startYear + 1);
    }

    /** «y-2026». */
    public String sourcedId() {
        return "y-" + startYear;
    }

    public int startYear() {
        return startYear;
    }

    /** 1 September. */
    public LocalDate startsOn() {
        return startsOn;
    }

    /** 31 August (the school year record ends here, so the summer holidays lie inside it). */
    public LocalDate endsOn() {
        return endsOn;
    }

    /** The last day of lessons (late May), the end of the period «Учебный год». */
    public LocalDate studiesEnd() {
        return studiesEnd;
    }

    public List<Period> periods() {
        return List.copyOf(periods);
    }

    public Period period(String sourcedId) {
        return periods.stream().filter(p -> p.sourcedId().equals(sourcedId)).findFirst().orElseThrow();
    }

    /** The quarters or half-years (by {@code kind}), in order. */
    public List<Period> terms(PeriodKind kind) {
        return periods.stream().filter(p -> p.kind() == kind).toList();
    }

    public List<Break> breaks() {
        return List.copyOf(breaks);
    }

    /** Mon–Fri, between 1 September and the end of studies, and not in the holidays of this grade. */
    public boolean isSchoolDay(LocalDate date, int grade) {
        if (date.isBefore(startsOn) || date.isAfter(studiesEnd) || date.getDayOfWeek().getValue() > 5) {
            return false;
        }
        return breaks.stream().noneMatch(b -> b.covers(date, grade));
    }

    /**
     * The Monday of the week a diary shows on {@code today}: the week (Mon–Sat) containing today; on a Sunday the
     * week about to begin; and when that week has no lessons at all (holidays), the next week that has. Empty once
     * studies are over.
     */
    public Optional<LocalDate> diaryWeek(LocalDate today) {
        LocalDate monday = today.getDayOfWeek() == DayOfWeek.SUNDAY ? today.plusDays(1)
                : today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        while (!monday.isAfter(studiesEnd)) {
            for (int i = 0; i < 5; i++) {
                if (isSchoolDay(monday.plusDays(i), 2)) {
                    return Optional.of(monday);
                }
            }
            monday = monday.plusWeeks(1);
        }
        return Optional.empty();
    }

    /** The period of {@code kind} containing {@code date}, if any. */
    public Optional<Period> termOn(PeriodKind kind, LocalDate date) {
        return periods.stream().filter(p -> p.kind() == kind && p.contains(date)).findFirst();
    }

    @Override
    public String toString() {
        return name();
    }
}
