package ru.ediary.assessment.application;

import java.time.LocalDate;
import java.util.List;
import ru.ediary.assessment.model.DeferralState;
import ru.ediary.assessment.model.GapKind;

/**
 * The completeness of one period's final grades as the staff page shows it: a line per class, the gaps and the
 * deferrals (a class filter narrows all three).
 */
public record FinalGradeReport(long periodId, String periodName, LocalDate periodEnds, boolean periodFinished,
                               List<ClassLine> classes, List<GapLine> gaps, List<DeferralLine> deferrals) {

    /** One class at a glance: grades due, given, covered by an active deferral, and gaps. */
    public record ClassLine(long classId, String className, int students, int due, int graded, int deferred,
                            int gaps) {

        public boolean isComplete() {
            return gaps == 0;
        }

        public long getClassId() {
            return classId;
        }

        public String getClassName() {
            return className;
        }

        public int getStudents() {
            return students;
        }

        public int getDue() {
            return due;
        }

        public int getGraded() {
            return graded;
        }

        public int getDeferred() {
            return deferred;
        }

        public int getGaps() {
            return gaps;
        }
    }

    /** A gap: student, class, subject, kind; {@code grade} is the suspicious grade of a subject not taught. */
    public record GapLine(long studentId, String studentName, long classId, String className, String subjectName,
                          GapKind kind, String grade) {

        public long getStudentId() {
            return studentId;
        }

        public String getStudentName() {
            return studentName;
        }

        public long getClassId() {
            return classId;
        }

        public String getClassName() {
            return className;
        }

        public String getSubjectName() {
            return subjectName;
        }

        public GapKind getKind() {
            return kind;
        }

        public String getGrade() {
            return grade;
        }
    }

    /** A deferral: who, in what, why, until when, and where it stands (with the grade's date once closed). */
    public record DeferralLine(long studentId, String studentName, long classId, String className,
                               String subjectName, String periodName, String reason, LocalDate deadline,
                               DeferralState state, LocalDate gradedOn) {

        public long getStudentId() {
            return studentId;
        }

        public String getStudentName() {
            return studentName;
        }

        public long getClassId() {
            return classId;
        }

        public String getClassName() {
            return className;
        }

        public String getSubjectName() {
            return subjectName;
        }

        public String getPeriodName() {
            return periodName;
        }

        public String getReason() {
            return reason;
        }

        public LocalDate getDeadline() {
            return deadline;
        }

        public DeferralState getState() {
            return state;
        }

        public LocalDate getGradedOn() {
            return gradedOn;
        }
    }

    public int totalGaps() {
        return gaps.size();
    }

    public boolean isComplete() {
        return gaps.isEmpty();
    }
}
