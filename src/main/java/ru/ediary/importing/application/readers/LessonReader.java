package ru.ediary.importing.application.readers;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.function.Consumer;
import ru.ediary.importing.model.RecordFields;
import ru.ediary.importing.model.RecordKind;
import ru.ediary.importing.model.RecordReader;
import ru.ediary.importing.model.RecordRejected;
import ru.ediary.importing.model.References;
import ru.ediary.journal.model.Lesson;
import ru.ediary.journal.model.LessonStatus;
import ru.ediary.journal.model.LessonType;
import ru.ediary.school.model.Audience;
import ru.ediary.school.model.Subject;
import ru.ediary.school.model.Teacher;

public final class LessonReader implements RecordReader<Lesson> {

    @Override
    public RecordKind kind() {
        return RecordKind.LESSON;
    }

    @Override
    public Lesson newEntity() {
        return new Lesson();
    }

    @Override
    public Consumer<Lesson> read(RecordFields fields, References references) throws RecordRejected {
        Audience audience = references.audience(fields);
        Subject subject = references.require(fields, "subject", Subject.class);
        Teacher teacher = references.optional(fields, "teacher", Teacher.class);
        LocalDate date = fields.date("date");
        Dates.within(audience.owningClass().getSchoolYear(), "date", date);
        int slot = fields.integer("slot", 0, 12);
        LocalTime startsAt = fields.optionalTime("startsAt");
        LocalTime endsAt = fields.optionalTime("endsAt");
        if (startsAt != null && endsAt != null && !endsAt.isAfter(startsAt)) {
            throw fields.invalid("endsAt", "a lesson must end after it starts (" + startsAt + ")");
        }
        String room = fields.optionalText("room", 40);
        String topic = fields.optionalText("topic", 500);
        LessonType type = references.optional(fields, "lessonType", LessonType.class);
        LessonStatus status = fields.enumValue("status", LessonStatus.class);
        return lesson -> lesson.define(audience, subject, teacher, date, slot, startsAt, endsAt, room, topic, type,
                status);
    }
}
