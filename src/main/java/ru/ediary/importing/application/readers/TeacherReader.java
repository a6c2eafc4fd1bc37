package ru.ediary.importing.application.readers;

import java.util.function.Consumer;
import ru.ediary.importing.model.RecordFields;
import ru.ediary.importing.model.RecordKind;
import ru.ediary.importing.model.RecordReader;
import ru.ediary.importing.model.RecordRejected;
import ru.ediary.importing.model.References;
import ru.ediary.school.model.PersonName;
import ru.ediary.school.model.Teacher;

public final class TeacherReader implements RecordReader<Teacher> {

    @Override
    public RecordKind kind() {
        return RecordKind.TEACHER;
    }

    @Override
    public Teacher newEntity() {
        return new Teacher();
    }

    @Override
    public Consumer<Teacher> read(RecordFields fields, References references) throws RecordRejected {
        PersonName name = Names.read(fields);
        String position = fields.optionalText("position", 120);
        return teacher -> teacher.define(name, position);
    }
}
