package ru.ediary.journal.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalTime;
import ru.ediary.school.model.Audience;
import ru.ediary.school.model.SchoolRecord;
import ru.ediary.school.model.Subject;
import ru.ediary.school.model.Teacher;

/** Урок as the journal records it: date, lesson number, topic, type, teacher; held, planned or cancelled. */
@Entity
@Table(name = "lesson")
public class Lesson extends SchoolRecord {

    @Embedded
    private Audience audience;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "subject_id", nullable = false)
    private Subject subject;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "teacher_id")
    private Teacher teacher;

    @Column(name = "lesson_date", nullable = false)
    private LocalDate date;

    @Column(name = "slot_no", nullable = false)
    private int slot;

    @Column(name = "starts_at")
    private LocalTime startsAt;

    @Column(name = "ends_at")
    private LocalTime endsAt;

    @Column(length = 40)
    private String room;

    @Column(length = 500)
    private String topic;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lesson_type_id")
    private LessonType lessonType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private LessonStatus status;

    public Audience getAudience() {
        return audience;
    }

    public Subject getSubject() {
        return subject;
    }

    public Teacher getTeacher() {
        return teacher;
    }

    public LocalDate getDate() {
        return date;
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

    public String getTopic() {
        return topic;
    }

    public LessonType getLessonType() {
        return lessonType;
    }

    public LessonStatus getStatus() {
        return status;
    }

    public void define(Audience audience, Subject subject, Teacher teacher, LocalDate date, int slot,
                       LocalTime startsAt, LocalTime endsAt, String room, String topic, LessonType lessonType,
                       LessonStatus status) {
        this.audience = audience;
        this.subject = subject;
        this.teacher = teacher;
        this.date = date;
        this.slot = slot;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.room = room;
        this.topic = topic;
        this.lessonType = lessonType;
        this.status = status;
    }
}
