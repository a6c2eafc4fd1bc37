package ru.ediary.diary.application;

import java.time.LocalDate;

/**
 * Who a diary belongs to, as a paper extract heads it: the student, the class, the school (full name and address),
 * the school year and the class teacher (null when the class has none).
 */
public record StudentCard(long studentId, String fullName, long classId, String className, long schoolId,
                          String schoolName, String schoolAddress, LocalDate yearStartsOn, LocalDate yearEndsOn,
                          String classTeacher) {

    /** For Faces pages: Expression Language 5 does not read record components. */
    public long getStudentId() {
        return studentId;
    }

    public String getFullName() {
        return fullName;
    }
}
