package ru.ediary.school.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Учебный план: how many lessons of a subject an audience is to have in a period — the basis of "held vs planned". */
@Entity
@Table(name = "curriculum_plan_item")
public class CurriculumPlanItem extends SchoolRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "subject_id", nullable = false)
    private Subject subject;

    @Embedded
    private Audience audience;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "period_id", nullable = false)
    private AcademicPeriod period;

    @Column(name = "planned_lessons", nullable = false)
    private int plannedLessons;

    public Subject getSubject() {
        return subject;
    }

    public Audience getAudience() {
        return audience;
    }

    public AcademicPeriod getPeriod() {
        return period;
    }

    public int getPlannedLessons() {
        return plannedLessons;
    }

    public void define(Subject subject, Audience audience, AcademicPeriod period, int plannedLessons) {
        this.subject = subject;
        this.audience = audience;
        this.period = period;
        this.plannedLessons = plannedLessons;
    }
}
