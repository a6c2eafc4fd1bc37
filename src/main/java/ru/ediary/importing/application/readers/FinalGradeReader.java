package ru.ediary.importing.application.readers;

import java.time.LocalDate;
import java.util.function.Consumer;
import ru.ediary.assessment.model.FinalGrade;
import ru.ediary.importing.model.RecordFields;
import ru.ediary.importing.model.RecordKind;
import ru.ediary.importing.model.RecordReader;
import ru.ediary.importing.model.RecordRejected;
import ru.ediary.importing.model.References;
import ru.ediary.journal.model.GradeValue;
import ru.ediary.school.model.AcademicPeriod;
import ru.ediary.school.model.Student;
import ru.ediary.school.model.Subject;

public final class FinalGradeReader implements RecordReader<FinalGrade> {

    @Override
    public RecordKind kind() {
        return RecordKind.FINAL_GRADE;
    }

    @Override
    public FinalGrade newEntity() {
        return new FinalGrade();
    }

    @Override
    public Consumer<FinalGrade> read(RecordFields fields, References references) throws RecordRejected {
        Student student = references.require(fields, "student", Student.class);
        Subject subject = references.require(fields, "subject", Subject.class);
        AcademicPeriod period = references.require(fields, "period", AcademicPeriod.class);
        Periods.sameYear("student", period, student);
        Periods.started("period", period, references.today());
        GradeValue value = Grades.read(fields, "value");
        LocalDate resultDate = Dates.notInFuture("resultDate",
                Dates.notBefore(fields, "resultDate", period.getStartsOn()), references.today());
        return grade -> grade.define(student, subject, period, value, resultDate);
    }
}
