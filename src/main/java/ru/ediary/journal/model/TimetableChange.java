package ru.ediary.journal.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import ru.ediary.school.model.SchoolRecord;
import ru.ediary.school.model.Teacher;

/**
 * A change to one lesson that parents must see with its reason. The lesson holds the state after the change
 * (the substitute teacher, the new date and slot, the cancelled status); this row keeps what it replaced.
 */
@Entity
@Table(name = "timetable_change")
public class TimetableChange extends SchoolRecord {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ChangeKind kind;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lesson_id", nullable = false)
    private Lesson lesson;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "original_teacher_id")
    private Teacher originalTeacher;

    @Column(name = "original_date")
    private LocalDate originalDate;

    @Column(name = "original_slot")
    private Integer originalSlot;

    @Column(nullable = false, length = 500)
    private String reason;

    public ChangeKind getKind() {
        return kind;
    }

    public Lesson getLesson() {
        return lesson;
    }

    public Teacher getOriginalTeacher() {
        return originalTeacher;
    }

    public LocalDate getOriginalDate() {
        return originalDate;
    }

    public Integer getOriginalSlot() {
        return originalSlot;
    }

    public String getReason() {
        return reason;
    }

    public void define(ChangeKind kind, Lesson lesson, Teacher originalTeacher, LocalDate originalDate,
                       Integer originalSlot, String reason) {
        this.kind = kind;
        this.lesson = lesson;
        this.originalTeacher = originalTeacher;
        this.originalDate = originalDate;
        this.originalSlot = originalSlot;
        this.reason = reason;
    }
}
