package ru.ediary.reporting.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.ediary.reporting.model.PeriodRef;
import ru.ediary.reporting.model.RegionalFigures.PeriodRow;
import ru.ediary.school.model.PeriodKind;

class DefaultPeriodTest {

    private static final LocalDate YEAR_START = LocalDate.of(2026, 9, 1);
    private static final LocalDate YEAR_END = LocalDate.of(2027, 5, 31);

    private static PeriodRow period(long school, PeriodKind kind, int n, String from, String to) {
        return new PeriodRow(school, school * 100 + n, "2026/2027", YEAR_START, YEAR_END, kind, n,
                LocalDate.parse(from), LocalDate.parse(to));
    }

    private static List<PeriodRow> year() {
        List<PeriodRow> rows = new ArrayList<>(List.of(
                period(1, PeriodKind.QUARTER, 1, "2026-09-01", "2026-10-25"),
                period(1, PeriodKind.QUARTER, 2, "2026-11-05", "2026-12-28"),
                period(1, PeriodKind.HALF_YEAR, 1, "2026-09-01", "2026-12-28"),
                period(2, PeriodKind.TRIMESTER, 1, "2026-09-01", "2026-11-29"),
                period(1, PeriodKind.YEAR, 1, "2026-09-01", "2027-05-31")));
        return rows;
    }

    @Test
    void inDecemberItIsTheLatestEndedTerm() {
        assertEquals(new PeriodRef(PeriodKind.TRIMESTER, 1),
                RegionalReporting.defaultPeriod(year(), LocalDate.of(2026, 12, 6)));
        assertEquals(new PeriodRef(PeriodKind.QUARTER, 1),
                RegionalReporting.defaultPeriod(year(), LocalDate.of(2026, 11, 10)));
    }

    @Test
    void beforeAnyTermEndsItIsTheFirstPeriod() {
        assertEquals(new PeriodRef(PeriodKind.QUARTER, 1),
                RegionalReporting.defaultPeriod(year(), LocalDate.of(2026, 9, 15)));
    }

    @Test
    void afterTheYearEndsItIsTheYear() {
        assertEquals(new PeriodRef(PeriodKind.YEAR, 1),
                RegionalReporting.defaultPeriod(year(), LocalDate.of(2027, 6, 10)));
    }
}
