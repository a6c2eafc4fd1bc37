package ru.ediary.importing.application.readers;

import ru.ediary.importing.model.RecordFields;
import ru.ediary.importing.model.RecordRejected;
import ru.ediary.journal.model.GradeValue;

/** Reads a mark or final grade: 1–5, or н/а, осв, зач, незач. */
final class Grades {

    private Grades() {
    }

    static GradeValue read(RecordFields fields, String field) throws RecordRejected {
        try {
            return GradeValue.parse(fields.text(field));
        } catch (IllegalArgumentException notAGrade) {
            throw fields.invalid(field, notAGrade.getMessage());
        }
    }
}
