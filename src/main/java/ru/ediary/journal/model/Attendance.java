package ru.ediary.journal.model;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import ru.ediary.school.model.SchoolRecord;
import ru.ediary.school.model.Student;

/** A mark of the attendance register for one student on one lesson (absence is recorded, presence implied). */
@Entity
@Table(name = "attendance")
public class Attendance extends SchoolRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "student_id", nullable = false)
    private Student student;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lesson_id", nullable = false)
    private Lesson lesson;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "code_id", nullable = false)
    private AttendanceCode code;

    public Student getStudent() {
        return student;
    }

    public Lesson getLesson() {
        return lesson;
    }

    public AttendanceCode getCode() {
        return code;
    }

    public void define(Student student, Lesson lesson, AttendanceCode code) {
        this.student = student;
        this.lesson = lesson;
        this.code = code;
    }
}
