package ru.ediary.diary.application;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One mark as the diary shows it: «5» (or «н/а»), the work type and its weight, the teacher's comment.
 * (Records here carry bean getters: Expression Language 5 does not read record components.)
 */
public record MarkLine(long id, LocalDate date, String subject, String label, Integer numeric, String workType,
                       BigDecimal weight, String comment) {

    public long getId() {
        return id;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getSubject() {
        return subject;
    }

    public String getLabel() {
        return label;
    }

    public Integer getNumeric() {
        return numeric;
    }

    public String getWorkType() {
        return workType;
    }

    public BigDecimal getWeight() {
        return weight;
    }

    public String getComment() {
        return comment;
    }
}
