package ru.ediary.importing.application.readers;

import java.util.function.Consumer;
import ru.ediary.importing.model.RecordFields;
import ru.ediary.importing.model.RecordKind;
import ru.ediary.importing.model.RecordReader;
import ru.ediary.importing.model.RecordRejected;
import ru.ediary.importing.model.References;
import ru.ediary.school.model.Audience;
import ru.ediary.school.model.Subject;
import ru.ediary.school.model.Teacher;
import ru.ediary.school.model.TeachingAssignment;

public final class TeachingAssignmentReader implements RecordReader<TeachingAssignment> {

    @Override
    public RecordKind kind() {
        return RecordKind.TEACHING_ASSIGNMENT;
    }

    @Override
    public TeachingAssignment newEntity() {
        return new TeachingAssignment();
    }

    @Override
    public Consumer<TeachingAssignment> read(RecordFields fields, References references) throws RecordRejected {
        Teacher teacher = references.require(fields, "teacher", Teacher.class);
        Subject subject = references.require(fields, "subject", Subject.class);
        Audience audience = references.audience(fields);
        return assignment -> assignment.define(teacher, subject, audience);
    }
}
