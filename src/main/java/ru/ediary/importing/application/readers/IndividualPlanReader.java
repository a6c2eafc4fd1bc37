package ru.ediary.importing.application.readers;

import java.time.LocalDate;
import java.util.function.Consumer;
import ru.ediary.importing.model.RecordFields;
import ru.ediary.importing.model.RecordKind;
import ru.ediary.importing.model.RecordReader;
import ru.ediary.importing.model.RecordRejected;
import ru.ediary.importing.model.References;
import ru.ediary.school.model.IndividualPlan;
import ru.ediary.school.model.Student;

public final class IndividualPlanReader implements RecordReader<IndividualPlan> {

    @Override
    public RecordKind kind() {
        return RecordKind.INDIVIDUAL_PLAN;
    }

    @Override
    public IndividualPlan newEntity() {
        return new IndividualPlan();
    }

    @Override
    public Consumer<IndividualPlan> read(RecordFields fields, References references) throws RecordRejected {
        Student student = references.require(fields, "student", Student.class);
        String name = fields.text("name", 200);
        String basis = fields.optionalText("basis", 300);
        LocalDate validFrom = fields.date("validFrom");
        LocalDate validTo = Dates.optionalNotBefore(fields, "validTo", validFrom);
        return plan -> plan.define(student, name, basis, validFrom, validTo);
    }
}
