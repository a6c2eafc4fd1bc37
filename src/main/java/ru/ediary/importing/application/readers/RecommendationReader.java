package ru.ediary.importing.application.readers;

import java.time.LocalDate;
import java.util.function.Consumer;
import ru.ediary.importing.model.RecordFields;
import ru.ediary.importing.model.RecordKind;
import ru.ediary.importing.model.RecordReader;
import ru.ediary.importing.model.RecordRejected;
import ru.ediary.importing.model.References;
import ru.ediary.journal.model.Recommendation;
import ru.ediary.school.model.Student;
import ru.ediary.school.model.Subject;
import ru.ediary.school.model.Teacher;

public final class RecommendationReader implements RecordReader<Recommendation> {

    @Override
    public RecordKind kind() {
        return RecordKind.RECOMMENDATION;
    }

    @Override
    public Recommendation newEntity() {
        return new Recommendation();
    }

    @Override
    public Consumer<Recommendation> read(RecordFields fields, References references) throws RecordRejected {
        Student student = references.require(fields, "student", Student.class);
        Teacher teacher = references.require(fields, "teacher", Teacher.class);
        Subject subject = references.optional(fields, "subject", Subject.class);
        LocalDate givenOn = fields.date("givenOn");
        String text = fields.text("text", 4000);
        return recommendation -> recommendation.define(student, teacher, subject, givenOn, text);
    }
}
