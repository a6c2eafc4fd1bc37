package ru.ediary.reporting.model;

/**
 * The 3-day rule over a period's final grades and exam results: visible on time, visible late, not visible after
 * the deadline (overdue), and not visible yet within the deadline (waiting, at risk included).
 *
 * @param students the students the results belong to (the base of the suppression rule)
 */
public record Timeliness(long students, long onTime, long late, long overdue, long waiting) {

    public static final Timeliness NONE = new Timeliness(0, 0, 0, 0, 0);

    public Timeliness plus(Timeliness o) {
        return new Timeliness(students + o.students, onTime + o.onTime, late + o.late, overdue + o.overdue,
                waiting + o.waiting);
    }

    public long results() {
        return onTime + late + overdue + waiting;
    }

    public long getOnTime() { return onTime; }
    public long getLate() { return late; }
    public long getOverdue() { return overdue; }
    public long getWaiting() { return waiting; }
}
