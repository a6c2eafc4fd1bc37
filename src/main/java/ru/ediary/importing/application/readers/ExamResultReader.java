package ru.ediary.importing.application.readers;

import java.time.LocalDate;
import java.util.function.Consumer;
import ru.ediary.assessment.model.ExamResult;
import ru.ediary.importing.model.RecordFields;
import ru.ediary.importing.model.RecordKind;
import ru.ediary.importing.model.RecordReader;
import ru.ediary.importing.model.RecordRejected;
import ru.ediary.importing.model.References;
import ru.ediary.school.model.Student;
import ru.ediary.school.model.Subject;

public final class ExamResultReader implements RecordReader<ExamResult> {

    static final int MAX_SCORE = 1000;

    @Override
    public RecordKind kind() {
        return RecordKind.EXAM_RESULT;
    }

    @Override
    public ExamResult newEntity() {
        return new ExamResult();
    }

    @Override
    public Consumer<ExamResult> read(RecordFields fields, References references) throws RecordRejected {
        Student student = references.require(fields, "student", Student.class);
        Subject subject = references.require(fields, "subject", Subject.class);
        String examName = fields.text("examName", 200);
        LocalDate examDate = fields.date("examDate");
        Integer score = fields.optionalInteger("score", 0, MAX_SCORE);
        Integer mark = fields.optionalInteger("mark", 1, 5);
        LocalDate resultDate = Dates.notInFuture("resultDate", Dates.notBefore(fields, "resultDate", examDate),
                references.today());
        return result -> result.define(student, subject, examName, examDate, score, mark, resultDate);
    }
}
