package ru.ediary.diary.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Итоговые оценки: a row per subject, a column per period (the terms, then the year); deferrals; exams. */
public record FinalGrades(List<PeriodChoice> periods, List<Row> rows, List<DeferralLine> deferrals,
                          List<ExamLine> exams) {

    public List<PeriodChoice> getPeriods() {
        return periods;
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<DeferralLine> getDeferrals() {
        return deferrals;
    }

    public List<ExamLine> getExams() {
        return exams;
    }

    public record Row(String subject, List<Cell> cells) {

        public String getSubject() {
            return subject;
        }

        public List<Cell> getCells() {
            return cells;
        }
    }

    /**
     * A grade («5», «н/а», «осв», «зач») or a deferral in its place; empty when the period has none yet.
     */
    public record Cell(String label, boolean status, boolean deferred, LocalDate deadline, LocalDate resultDate,
                       Instant visibleAt) {

        public String getLabel() {
            return label;
        }

        public boolean isStatus() {
            return status;
        }

        public boolean isDeferred() {
            return deferred;
        }

        public LocalDate getDeadline() {
            return deadline;
        }

        public LocalDate getResultDate() {
            return resultDate;
        }

        /** When the grade became visible to the student and every consenting guardian (the 3-day rule). */
        public Instant getVisibleAt() {
            return visibleAt;
        }

        public boolean isBlank() {
            return label == null && !deferred;
        }
    }

    public record DeferralLine(String subject, String period, String reason, LocalDate deadline, boolean active) {

        public String getSubject() {
            return subject;
        }

        public String getPeriod() {
            return period;
        }

        public String getReason() {
            return reason;
        }

        public LocalDate getDeadline() {
            return deadline;
        }

        public boolean isActive() {
            return active;
        }
    }

    public record ExamLine(String subject, String exam, LocalDate examDate, Integer score, Integer mark,
                           LocalDate resultDate, Instant visibleAt) {

        public String getSubject() {
            return subject;
        }

        public String getExam() {
            return exam;
        }

        public LocalDate getExamDate() {
            return examDate;
        }

        public Integer getScore() {
            return score;
        }

        public Integer getMark() {
            return mark;
        }

        public LocalDate getResultDate() {
            return resultDate;
        }

        public Instant getVisibleAt() {
            return visibleAt;
        }
    }
}
