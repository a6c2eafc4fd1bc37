package ru.ediary.journal.model;

/** Изменение в расписании: замена учителя, перенос урока, отмена урока. */
public enum ChangeKind {
    SUBSTITUTION, MOVE, CANCELLATION
}
