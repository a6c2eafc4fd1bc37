package ru.ediary.importing.application.readers;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.function.Consumer;
import ru.ediary.importing.model.RecordFields;
import ru.ediary.importing.model.RecordKind;
import ru.ediary.importing.model.RecordReader;
import ru.ediary.importing.model.RecordRejected;
import ru.ediary.importing.model.References;
import ru.ediary.school.model.Audience;
import ru.ediary.school.model.SchoolYear;
import ru.ediary.school.model.Subject;
import ru.ediary.school.model.Teacher;
import ru.ediary.school.model.TimetableEntry;

public final class TimetableEntryReader implements RecordReader<TimetableEntry> {

    @Override
    public RecordKind kind() {
        return RecordKind.TIMETABLE_ENTRY;
    }

    @Override
    public TimetableEntry newEntity() {
        return new TimetableEntry();
    }

    @Override
    public Consumer<TimetableEntry> read(RecordFields fields, References references) throws RecordRejected {
        Audience audience = references.audience(fields);
        Subject subject = references.require(fields, "subject", Subject.class);
        Teacher teacher = references.optional(fields, "teacher", Teacher.class);
        DayOfWeek weekday = fields.weekday("weekday");
        if (weekday == DayOfWeek.SUNDAY) {
            throw fields.invalid("weekday", "schools teach Monday to Saturday, not on Sunday");
        }
        int slot = fields.integer("slot", 0, 12);
        LocalTime startsAt = fields.time("startsAt");
        LocalTime endsAt = fields.time("endsAt");
        if (!endsAt.isAfter(startsAt)) {
            throw fields.invalid("endsAt", "a lesson must end after it starts (" + startsAt + ")");
        }
        String room = fields.optionalText("room", 40);
        SchoolYear year = audience.owningClass().getSchoolYear();
        LocalDate validFrom = fields.date("validFrom");
        Dates.within(year, "validFrom", validFrom);
        LocalDate validTo = Dates.optionalNotBefore(fields, "validTo", validFrom);
        if (validTo != null) {
            Dates.within(year, "validTo", validTo);
        }
        return entry -> entry.define(audience, subject, teacher, weekday, slot, startsAt, endsAt, room, validFrom,
                validTo);
    }
}
