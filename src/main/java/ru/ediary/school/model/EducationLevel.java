package ru.ediary.school.model;

/** Уровень общего образования; results of mastering the programs are kept per level. */
public enum EducationLevel {
    /** начальное общее (1–4). */
    PRIMARY,
    /** основное общее (5–9). */
    BASIC,
    /** среднее общее (10–11). */
    SECONDARY;

    public static EducationLevel ofGrade(int grade) {
        if (grade < 1 || grade > 11) {
            throw new IllegalArgumentException("grade must be 1–11, was " + grade);
        }
        return grade <= 4 ? PRIMARY : grade <= 9 ? BASIC : SECONDARY;
    }
}
