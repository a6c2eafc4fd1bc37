package ru.ediary.importing.application.readers;

import java.util.function.Consumer;
import ru.ediary.importing.model.RecordFields;
import ru.ediary.importing.model.RecordKind;
import ru.ediary.importing.model.RecordReader;
import ru.ediary.importing.model.RecordRejected;
import ru.ediary.importing.model.References;
import ru.ediary.school.model.SchoolClass;
import ru.ediary.school.model.StudyGroup;
import ru.ediary.school.model.Subject;

public final class StudyGroupReader implements RecordReader<StudyGroup> {

    @Override
    public RecordKind kind() {
        return RecordKind.STUDY_GROUP;
    }

    @Override
    public StudyGroup newEntity() {
        return new StudyGroup();
    }

    @Override
    public Consumer<StudyGroup> read(RecordFields fields, References references) throws RecordRejected {
        SchoolClass schoolClass = references.require(fields, "class", SchoolClass.class);
        Subject subject = references.optional(fields, "subject", Subject.class);
        String name = fields.text("name", 100);
        return group -> group.define(schoolClass, subject, name);
    }
}
