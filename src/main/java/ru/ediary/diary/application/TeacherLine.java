package ru.ediary.diary.application;

/**
 * A teacher of the child: {@code role} CLASS_TEACHER (классный руководитель) or SUBJECT; {@code audience} the class,
 * group or individual plan the subject is taught to.
 */
public record TeacherLine(String role, String subject, String name, String position, String audience) {

    public String getRole() {
        return role;
    }

    public String getSubject() {
        return subject;
    }

    public String getName() {
        return name;
    }

    public String getPosition() {
        return position;
    }

    public String getAudience() {
        return audience;
    }
}
