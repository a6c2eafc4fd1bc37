package ru.ediary.importing.application.readers;

import java.time.LocalDate;
import java.util.function.Consumer;
import ru.ediary.importing.model.RecordFields;
import ru.ediary.importing.model.RecordKind;
import ru.ediary.importing.model.RecordReader;
import ru.ediary.importing.model.RecordRejected;
import ru.ediary.importing.model.References;
import ru.ediary.school.model.SchoolYear;

public final class SchoolYearReader implements RecordReader<SchoolYear> {

    @Override
    public RecordKind kind() {
        return RecordKind.SCHOOL_YEAR;
    }

    @Override
    public SchoolYear newEntity() {
        return new SchoolYear();
    }

    @Override
    public Consumer<SchoolYear> read(RecordFields fields, References references) throws RecordRejected {
        String name = fields.text("name", 20);
        LocalDate startsOn = fields.date("startsOn");
        LocalDate endsOn = Dates.notBefore(fields, "endsOn", startsOn);
        return year -> year.define(name, startsOn, endsOn);
    }
}
