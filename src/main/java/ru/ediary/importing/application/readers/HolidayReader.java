package ru.ediary.importing.application.readers;

import java.time.LocalDate;
import java.util.function.Consumer;
import ru.ediary.importing.model.RecordFields;
import ru.ediary.importing.model.RecordKind;
import ru.ediary.importing.model.RecordReader;
import ru.ediary.importing.model.RecordRejected;
import ru.ediary.importing.model.References;
import ru.ediary.school.model.Holiday;
import ru.ediary.school.model.SchoolYear;

public final class HolidayReader implements RecordReader<Holiday> {

    @Override
    public RecordKind kind() {
        return RecordKind.HOLIDAY;
    }

    @Override
    public Holiday newEntity() {
        return new Holiday();
    }

    @Override
    public Consumer<Holiday> read(RecordFields fields, References references) throws RecordRejected {
        SchoolYear year = references.require(fields, "schoolYear", SchoolYear.class);
        String name = fields.text("name", 100);
        LocalDate startsOn = fields.date("startsOn");
        LocalDate endsOn = Dates.notBefore(fields, "endsOn", startsOn);
        Dates.within(year, "startsOn", startsOn);
        Dates.within(year, "endsOn", endsOn);
        Integer onlyGrade = fields.optionalInteger("onlyGrade", 1, 11);
        return holiday -> holiday.define(year, name, startsOn, endsOn, onlyGrade);
    }
}
