package ru.ediary.importing.application.readers;

import java.util.function.Consumer;
import ru.ediary.importing.model.RecordFields;
import ru.ediary.importing.model.RecordKind;
import ru.ediary.importing.model.RecordReader;
import ru.ediary.importing.model.RecordRejected;
import ru.ediary.importing.model.References;
import ru.ediary.school.model.PeriodKind;
import ru.ediary.school.model.SchoolClass;
import ru.ediary.school.model.SchoolYear;
import ru.ediary.school.model.Teacher;

public final class SchoolClassReader implements RecordReader<SchoolClass> {

    @Override
    public RecordKind kind() {
        return RecordKind.SCHOOL_CLASS;
    }

    @Override
    public SchoolClass newEntity() {
        return new SchoolClass();
    }

    @Override
    public Consumer<SchoolClass> read(RecordFields fields, References references) throws RecordRejected {
        SchoolYear year = references.require(fields, "schoolYear", SchoolYear.class);
        String name = fields.text("name", 20);
        int grade = fields.integer("grade", 1, references.school().topGrade());
        PeriodKind periodKind = fields.enumValue("periodKind", PeriodKind.class);
        Teacher classTeacher = references.optional(fields, "classTeacher", Teacher.class);
        return schoolClass -> schoolClass.define(year, name, grade, periodKind, classTeacher);
    }
}
