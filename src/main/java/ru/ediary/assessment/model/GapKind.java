package ru.ediary.assessment.model;

/** Why a student × subject × period is not complete (DESIGN §5, «Итоговые оценки»). */
public enum GapKind {
    /** Taught, and neither a grade (or status) nor a deferral. */
    MISSING_GRADE,
    /** Taught, deferred, the deadline has passed and still no grade. */
    OVERDUE_DEFERRAL,
    /** A grade in a subject the curriculum plan does not teach the student in the period: suspicious. */
    NOT_TAUGHT
}
