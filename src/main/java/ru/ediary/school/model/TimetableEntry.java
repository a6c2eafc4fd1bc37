package ru.ediary.school.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;

/** A line of the regular timetable (расписание): weekday, lesson number, time, subject, teacher, room. */
@Entity
@Table(name = "timetable_entry")
public class TimetableEntry extends SchoolRecord {

    @Embedded
    private Audience audience;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "subject_id", nullable = false)
    private Subject subject;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "teacher_id")
    private Teacher teacher;

    /** ISO day of week, 1 = Monday … 6 = Saturday. */
    @Column(name = "weekday", nullable = false)
    private int weekday;

    @Column(name = "slot_no", nullable = false)
    private int slot;

    @Column(name = "starts_at", nullable = false)
    private LocalTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalTime endsAt;

    @Column(length = 40)
    private String room;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    public Audience getAudience() {
        return audience;
    }

    public Subject getSubject() {
        return subject;
    }

    public Teacher getTeacher() {
        return teacher;
    }

    public DayOfWeek getWeekday() {
        return DayOfWeek.of(weekday);
    }

    public int getSlot() {
        return slot;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public LocalTime getEndsAt() {
        return endsAt;
    }

    public String getRoom() {
        return room;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void define(Audience audience, Subject subject, Teacher teacher, DayOfWeek weekday, int slot,
                       LocalTime startsAt, LocalTime endsAt, String room, LocalDate validFrom, LocalDate validTo) {
        this.audience = audience;
        this.subject = subject;
        this.teacher = teacher;
        this.weekday = weekday.getValue();
        this.slot = slot;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.room = room;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }
}
