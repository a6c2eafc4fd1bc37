package ru.ediary.importing.application.readers;

import java.time.LocalDate;
import java.util.function.Consumer;
import ru.ediary.importing.model.RecordFields;
import ru.ediary.importing.model.RecordKind;
import ru.ediary.importing.model.RecordReader;
import ru.ediary.importing.model.RecordRejected;
import ru.ediary.importing.model.References;
import ru.ediary.school.model.AcademicPeriod;
import ru.ediary.school.model.PeriodKind;
import ru.ediary.school.model.SchoolYear;

public final class AcademicPeriodReader implements RecordReader<AcademicPeriod> {

    @Override
    public RecordKind kind() {
        return RecordKind.ACADEMIC_PERIOD;
    }

    @Override
    public AcademicPeriod newEntity() {
        return new AcademicPeriod();
    }

    @Override
    public Consumer<AcademicPeriod> read(RecordFields fields, References references) throws RecordRejected {
        SchoolYear year = references.require(fields, "schoolYear", SchoolYear.class);
        AcademicPeriod parent = references.optional(fields, "parent", AcademicPeriod.class);
        PeriodKind kind = fields.enumValue("kind", PeriodKind.class);
        int ordinal = fields.integer("ordinal", 1, 4);
        String name = fields.text("name", 60);
        LocalDate startsOn = fields.date("startsOn");
        LocalDate endsOn = Dates.notBefore(fields, "endsOn", startsOn);
        Dates.within(year, "startsOn", startsOn);
        Dates.within(year, "endsOn", endsOn);
        if (parent != null && (parent.getSchoolYear() != year || !parent.contains(startsOn)
                || !parent.contains(endsOn))) {
            throw fields.invalid("parent", "the period must lie inside its parent «" + parent.getName() + "»");
        }
        return period -> period.define(year, parent, kind, ordinal, name, startsOn, endsOn);
    }
}
