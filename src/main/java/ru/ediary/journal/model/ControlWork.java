package ru.ediary.journal.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import ru.ediary.school.model.AcademicPeriod;
import ru.ediary.school.model.Audience;
import ru.ediary.school.model.SchoolRecord;
import ru.ediary.school.model.Subject;

/** A line of the control-work schedule (график контрольных работ), published ahead for the reporting period. */
@Entity
@Table(name = "control_work")
public class ControlWork extends SchoolRecord {

    @Embedded
    private Audience audience;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "subject_id", nullable = false)
    private Subject subject;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "period_id", nullable = false)
    private AcademicPeriod period;

    @Column(name = "planned_on", nullable = false)
    private LocalDate plannedOn;

    @Column(nullable = false, length = 300)
    private String topic;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "work_type_id")
    private WorkType workType;

    public Audience getAudience() {
        return audience;
    }

    public Subject getSubject() {
        return subject;
    }

    public AcademicPeriod getPeriod() {
        return period;
    }

    public LocalDate getPlannedOn() {
        return plannedOn;
    }

    public String getTopic() {
        return topic;
    }

    public WorkType getWorkType() {
        return workType;
    }

    public void define(Audience audience, Subject subject, AcademicPeriod period, LocalDate plannedOn, String topic,
                       WorkType workType) {
        this.audience = audience;
        this.subject = subject;
        this.period = period;
        this.plannedOn = plannedOn;
        this.topic = topic;
        this.workType = workType;
    }
}
