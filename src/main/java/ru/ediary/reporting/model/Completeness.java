package ru.ediary.reporting.model;

/**
 * Final-grade completeness of a school (or the region) for a period: of the final grades {@code due} (every student
 * of a class assessed in the period × every subject taught to them), how many are given, deferred while the deferral
 * is active, or missing ({@code gaps}, overdue deferrals among them).
 *
 * @param students the students of the classes assessed in the period (the base of the suppression rule)
 */
public record Completeness(long students, long due, long graded, long activeDeferrals, long overdueDeferrals,
                           long gaps) {

    public static final Completeness NONE = new Completeness(0, 0, 0, 0, 0, 0);

    public Completeness plus(Completeness o) {
        return new Completeness(students + o.students, due + o.due, graded + o.graded,
                activeDeferrals + o.activeDeferrals, overdueDeferrals + o.overdueDeferrals, gaps + o.gaps);
    }

    public boolean isComplete() {
        return gaps == 0;
    }

    public long getStudents() { return students; }
    public long getDue() { return due; }
    public long getGraded() { return graded; }
    public long getActiveDeferrals() { return activeDeferrals; }
    public long getOverdueDeferrals() { return overdueDeferrals; }
    public long getGaps() { return gaps; }
}
