package ru.ediary.journal.model;

/** How much of a school's life eDiary holds: what the start page shows per school. */
public record SchoolFigures(long classes, long students, long lessonsHeld, long marks) {
}
