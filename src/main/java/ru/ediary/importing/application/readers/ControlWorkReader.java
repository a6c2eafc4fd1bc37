package ru.ediary.importing.application.readers;

import java.time.LocalDate;
import java.util.function.Consumer;
import ru.ediary.importing.model.RecordFields;
import ru.ediary.importing.model.RecordKind;
import ru.ediary.importing.model.RecordReader;
import ru.ediary.importing.model.RecordRejected;
import ru.ediary.importing.model.References;
import ru.ediary.journal.model.ControlWork;
import ru.ediary.journal.model.WorkType;
import ru.ediary.school.model.AcademicPeriod;
import ru.ediary.school.model.Audience;
import ru.ediary.school.model.Subject;

public final class ControlWorkReader implements RecordReader<ControlWork> {

    @Override
    public RecordKind kind() {
        return RecordKind.CONTROL_WORK;
    }

    @Override
    public ControlWork newEntity() {
        return new ControlWork();
    }

    @Override
    public Consumer<ControlWork> read(RecordFields fields, References references) throws RecordRejected {
        Audience audience = references.audience(fields);
        Subject subject = references.require(fields, "subject", Subject.class);
        AcademicPeriod period = references.require(fields, "period", AcademicPeriod.class);
        Periods.sameYear("period", period, audience.owningClass());
        LocalDate plannedOn = fields.date("plannedOn");
        Dates.within(period, "plannedOn", plannedOn);
        String topic = fields.text("topic", 300);
        WorkType workType = references.optional(fields, "workType", WorkType.class);
        return work -> work.define(audience, subject, period, plannedOn, topic, workType);
    }
}
