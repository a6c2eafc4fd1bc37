package ru.ediary.importing.application.readers;

import java.time.LocalDate;
import java.util.function.Consumer;
import ru.ediary.assessment.model.Deferral;
import ru.ediary.importing.model.RecordFields;
import ru.ediary.importing.model.RecordKind;
import ru.ediary.importing.model.RecordReader;
import ru.ediary.importing.model.RecordRejected;
import ru.ediary.importing.model.References;
import ru.ediary.importing.model.RejectionCode;
import ru.ediary.school.model.AcademicPeriod;
import ru.ediary.school.model.Student;
import ru.ediary.school.model.Subject;

/**
 * A deferral stands in for a final grade, so it concerns the same student, subject and period; its deadline lies on
 * or after the period's last day (DEADLINE_BEFORE_PERIOD_END otherwise).
 */
public final class DeferralReader implements RecordReader<Deferral> {

    @Override
    public RecordKind kind() {
        return RecordKind.DEFERRAL;
    }

    @Override
    public Deferral newEntity() {
        return new Deferral();
    }

    @Override
    public Consumer<Deferral> read(RecordFields fields, References references) throws RecordRejected {
        Student student = references.require(fields, "student", Student.class);
        Subject subject = references.require(fields, "subject", Subject.class);
        AcademicPeriod period = references.require(fields, "period", AcademicPeriod.class);
        Periods.sameYear("student", period, student);
        String reason = fields.text("reason", 300);
        LocalDate deadline = Dates.notBefore(fields, "deadline", period.getStartsOn());
        if (deadline.isBefore(period.getEndsOn())) {
            throw new RecordRejected(RejectionCode.DEADLINE_BEFORE_PERIOD_END, "deadline", deadline
                    + " is before the end of the period «" + period.getName() + "» (" + period.getEndsOn()
                    + "): a deferral runs past its period");
        }
        return deferral -> deferral.define(student, subject, period, reason, deadline);
    }
}
