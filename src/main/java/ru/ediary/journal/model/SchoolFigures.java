package ru.ediary.journal.model;

/** How much of a school's life eDiary holds: what the start page shows per school. */
public record SchoolFigures(long classes, long students, long lessonsHeld, long marks) {

    // Bean getters for Faces pages: Expression Language 5 does not read record components.

    public long getClasses() {
        return classes;
    }

    public long getStudents() {
        return students;
    }

    public long getLessonsHeld() {
        return lessonsHeld;
    }

    public long getMarks() {
        return marks;
    }
}
