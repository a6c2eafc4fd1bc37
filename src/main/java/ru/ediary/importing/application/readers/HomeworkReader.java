package ru.ediary.importing.application.readers;

import java.time.LocalDate;
import java.util.function.Consumer;
import ru.ediary.importing.model.RecordFields;
import ru.ediary.importing.model.RecordKind;
import ru.ediary.importing.model.RecordReader;
import ru.ediary.importing.model.RecordRejected;
import ru.ediary.importing.model.References;
import ru.ediary.journal.model.Homework;
import ru.ediary.journal.model.Lesson;

public final class HomeworkReader implements RecordReader<Homework> {

    @Override
    public RecordKind kind() {
        return RecordKind.HOMEWORK;
    }

    @Override
    public Homework newEntity() {
        return new Homework();
    }

    @Override
    public Consumer<Homework> read(RecordFields fields, References references) throws RecordRejected {
        Lesson lesson = references.require(fields, "lesson", Lesson.class);
        LocalDate dueOn = Dates.notBefore(fields, "dueOn", lesson.getDate());
        String text = fields.text("text", 4000);
        return homework -> homework.define(lesson, dueOn, text);
    }
}
