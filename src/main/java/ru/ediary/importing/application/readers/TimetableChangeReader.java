package ru.ediary.importing.application.readers;

import java.time.LocalDate;
import java.util.function.Consumer;
import ru.ediary.importing.model.RecordFields;
import ru.ediary.importing.model.RecordKind;
import ru.ediary.importing.model.RecordReader;
import ru.ediary.importing.model.RecordRejected;
import ru.ediary.importing.model.References;
import ru.ediary.importing.model.RejectionCode;
import ru.ediary.journal.model.ChangeKind;
import ru.ediary.journal.model.Lesson;
import ru.ediary.journal.model.TimetableChange;
import ru.ediary.school.model.Teacher;

/**
 * The lesson already holds the state after the change; the change keeps what was replaced: a substitution the
 * teacher, a move the original date (and slot, when it changed). A cancellation replaces nothing.
 */
public final class TimetableChangeReader implements RecordReader<TimetableChange> {

    @Override
    public RecordKind kind() {
        return RecordKind.TIMETABLE_CHANGE;
    }

    @Override
    public TimetableChange newEntity() {
        return new TimetableChange();
    }

    @Override
    public Consumer<TimetableChange> read(RecordFields fields, References references) throws RecordRejected {
        ChangeKind kind = fields.enumValue("kind", ChangeKind.class);
        Lesson lesson = references.require(fields, "lesson", Lesson.class);
        Teacher originalTeacher = references.optional(fields, "originalTeacher", Teacher.class);
        LocalDate originalDate = fields.optionalDate("originalDate");
        Integer originalSlot = fields.optionalInteger("originalSlot", 0, 12);
        String reason = fields.text("reason", 500);
        if (kind == ChangeKind.SUBSTITUTION && originalTeacher == null) {
            throw requiredFor("originalTeacher", "a substitution names the teacher who was replaced");
        }
        if (kind == ChangeKind.MOVE && originalDate == null) {
            throw requiredFor("originalDate", "a move names the date the lesson was moved from");
        }
        if (originalDate != null) {
            Dates.within(lesson.getAudience().owningClass().getSchoolYear(), "originalDate", originalDate);
        }
        return change -> change.define(kind, lesson, originalTeacher, originalDate, originalSlot, reason);
    }

    private static RecordRejected requiredFor(String field, String message) {
        return new RecordRejected(RejectionCode.MISSING_FIELD, field, message);
    }
}
