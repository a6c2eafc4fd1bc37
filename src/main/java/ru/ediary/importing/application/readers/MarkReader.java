package ru.ediary.importing.application.readers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Consumer;
import ru.ediary.importing.model.RecordFields;
import ru.ediary.importing.model.RecordKind;
import ru.ediary.importing.model.RecordReader;
import ru.ediary.importing.model.RecordRejected;
import ru.ediary.importing.model.References;
import ru.ediary.journal.model.GradeValue;
import ru.ediary.journal.model.Lesson;
import ru.ediary.journal.model.Mark;
import ru.ediary.journal.model.WorkType;
import ru.ediary.school.model.Student;

public final class MarkReader implements RecordReader<Mark> {

    static final BigDecimal MAX_WEIGHT = new BigDecimal("10");

    @Override
    public RecordKind kind() {
        return RecordKind.MARK;
    }

    @Override
    public Mark newEntity() {
        return new Mark();
    }

    @Override
    public Consumer<Mark> read(RecordFields fields, References references) throws RecordRejected {
        Student student = references.require(fields, "student", Student.class);
        Lesson lesson = references.require(fields, "lesson", Lesson.class);
        Pupils.attends(fields, student, lesson.getAudience());
        GradeValue value = Grades.read(fields, "value");
        LocalDate date = fields.has("date") ? fields.date("date") : lesson.getDate();
        Dates.within(lesson.getAudience().owningClass().getSchoolYear(), "date", date);
        WorkType workType = references.optional(fields, "workType", WorkType.class);
        BigDecimal weight = fields.has("weight") ? Weights.read(fields, "weight")
                : workType != null ? workType.getWeight() : BigDecimal.ONE;
        String comment = fields.optionalText("comment", 500);
        return mark -> mark.define(student, lesson, date, value, workType, weight, comment);
    }
}
