package ru.ediary.importing.application.readers;

import java.util.function.Consumer;
import ru.ediary.importing.model.RecordFields;
import ru.ediary.importing.model.RecordKind;
import ru.ediary.importing.model.RecordReader;
import ru.ediary.importing.model.RecordRejected;
import ru.ediary.importing.model.References;
import ru.ediary.journal.model.LessonType;

public final class LessonTypeReader implements RecordReader<LessonType> {

    @Override
    public RecordKind kind() {
        return RecordKind.LESSON_TYPE;
    }

    @Override
    public LessonType newEntity() {
        return new LessonType();
    }

    @Override
    public Consumer<LessonType> read(RecordFields fields, References references) throws RecordRejected {
        String name = fields.text("name", 120);
        boolean controlWork = fields.flag("controlWork");
        return type -> type.define(name, controlWork);
    }
}
