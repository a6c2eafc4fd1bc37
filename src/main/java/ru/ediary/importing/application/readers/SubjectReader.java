package ru.ediary.importing.application.readers;

import java.util.function.Consumer;
import ru.ediary.importing.model.RecordFields;
import ru.ediary.importing.model.RecordKind;
import ru.ediary.importing.model.RecordReader;
import ru.ediary.importing.model.RecordRejected;
import ru.ediary.importing.model.References;
import ru.ediary.school.model.Subject;

public final class SubjectReader implements RecordReader<Subject> {

    @Override
    public RecordKind kind() {
        return RecordKind.SUBJECT;
    }

    @Override
    public Subject newEntity() {
        return new Subject();
    }

    @Override
    public Consumer<Subject> read(RecordFields fields, References references) throws RecordRejected {
        String name = fields.text("name", 150);
        String shortName = fields.optionalText("shortName", 40);
        return subject -> subject.define(name, shortName);
    }
}
