package ru.ediary.assessment.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Planned against held lessons of one audience and subject in a period.
 *
 * <ul>
 * <li><b>held</b>: lessons with status «проведён»; <b>cancelled</b>: «отменён»;</li>
 * <li><b>scheduled</b>: still to come — status «запланирован» and dated today or later;</li>
 * <li><b>unrecorded</b>: status «запланирован» but dated before today (neither held nor still to come);</li>
 * <li><b>deficit</b> = planned − held − scheduled, never below 0: lessons the plan asks for that neither were held
 * nor still stand in the timetable;</li>
 * <li><b>surplus</b> = held + scheduled − planned, when above 0 (shown apart, never netted against a deficit);</li>
 * <li><b>выполнение программы</b> (plan fulfilled) = held / planned × 100 %, one decimal, half up; undefined (—)
 * when nothing is planned. This is the usual school report's «выполнение программы по количеству часов»:
 * lessons actually given against the curriculum plan's lessons for the period.</li>
 * </ul>
 */
public record PlanFulfilment(long planned, long held, long cancelled, long scheduled, long unrecorded) {

    public long deficit() {
        return Math.max(0, planned - held - scheduled);
    }

    public long surplus() {
        return Math.max(0, held + scheduled - planned);
    }

    /** held / planned in per cent, one decimal; null when nothing is planned. */
    public BigDecimal percent() {
        if (planned <= 0) {
            return null;
        }
        return BigDecimal.valueOf(held * 100L).divide(BigDecimal.valueOf(planned), 1, RoundingMode.HALF_UP);
    }

    PlanFulfilment plus(LessonCount count) {
        return switch (count.status()) {
            case HELD -> new PlanFulfilment(planned, held + count.lessons(), cancelled, scheduled, unrecorded);
            case CANCELLED -> new PlanFulfilment(planned, held, cancelled + count.lessons(), scheduled, unrecorded);
            case PLANNED -> new PlanFulfilment(planned, held, cancelled, scheduled + count.fromToday(),
                    unrecorded + count.lessons() - count.fromToday());
        };
    }

    /** The share of {@code part} in {@code whole} in per cent, one decimal, half up; null when whole is 0. */
    public static BigDecimal share(long part, long whole) {
        if (whole <= 0) {
            return null;
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
