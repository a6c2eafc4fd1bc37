package ru.ediary.importing.application.readers;

import java.time.LocalDate;
import java.util.function.Consumer;
import ru.ediary.importing.model.RecordFields;
import ru.ediary.importing.model.RecordKind;
import ru.ediary.importing.model.RecordReader;
import ru.ediary.importing.model.RecordRejected;
import ru.ediary.importing.model.References;
import ru.ediary.school.model.PersonName;
import ru.ediary.school.model.SchoolClass;
import ru.ediary.school.model.Student;

public final class StudentReader implements RecordReader<Student> {

    @Override
    public RecordKind kind() {
        return RecordKind.STUDENT;
    }

    @Override
    public Student newEntity() {
        return new Student();
    }

    @Override
    public Consumer<Student> read(RecordFields fields, References references) throws RecordRejected {
        PersonName name = Names.read(fields);
        LocalDate birthDate = fields.optionalDate("birthDate");
        SchoolClass schoolClass = references.require(fields, "class", SchoolClass.class);
        return student -> student.define(name, birthDate, schoolClass);
    }
}
