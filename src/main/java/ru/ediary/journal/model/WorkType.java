package ru.ediary.journal.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import ru.ediary.school.model.SchoolRecord;

/** Вид работы with its weight in the weighted average: ответ на уроке 1, контрольная работа 3 … */
@Entity
@Table(name = "work_type")
public class WorkType extends SchoolRecord {

    @Column(nullable = false, length = 120)
    private String name;

    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal weight;

    public String getName() {
        return name;
    }

    public BigDecimal getWeight() {
        return weight;
    }

    public void define(String name, BigDecimal weight) {
        this.name = name;
        this.weight = weight;
    }
}
