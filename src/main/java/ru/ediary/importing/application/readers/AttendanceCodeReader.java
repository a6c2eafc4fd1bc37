package ru.ediary.importing.application.readers;

import java.util.function.Consumer;
import ru.ediary.importing.model.RecordFields;
import ru.ediary.importing.model.RecordKind;
import ru.ediary.importing.model.RecordReader;
import ru.ediary.importing.model.RecordRejected;
import ru.ediary.importing.model.References;
import ru.ediary.journal.model.AttendanceCode;

public final class AttendanceCodeReader implements RecordReader<AttendanceCode> {

    @Override
    public RecordKind kind() {
        return RecordKind.ATTENDANCE_CODE;
    }

    @Override
    public AttendanceCode newEntity() {
        return new AttendanceCode();
    }

    @Override
    public Consumer<AttendanceCode> read(RecordFields fields, References references) throws RecordRejected {
        String code = fields.text("code", 8);
        String name = fields.text("name", 120);
        boolean excused = fields.flag("excused");
        boolean present = fields.flag("present");
        return attendanceCode -> attendanceCode.define(code, name, excused, present);
    }
}
