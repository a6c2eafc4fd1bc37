package ru.ediary.journal.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import ru.ediary.school.model.SchoolRecord;

/** A code of the school's attendance catalog: Н (absent), Б (ill), УП (excused), ОП (late) … */
@Entity
@Table(name = "attendance_code")
public class AttendanceCode extends SchoolRecord {

    @Column(nullable = false, length = 8)
    private String code;

    @Column(nullable = false, length = 120)
    private String name;

    /** Уважительная причина. */
    @Column(nullable = false)
    private boolean excused;

    /** Present but late: the student attended the lesson. */
    @Column(nullable = false)
    private boolean present;

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public boolean isExcused() {
        return excused;
    }

    public boolean isPresent() {
        return present;
    }

    public void define(String code, String name, boolean excused, boolean present) {
        this.code = code;
        this.name = name;
        this.excused = excused;
        this.present = present;
    }
}
