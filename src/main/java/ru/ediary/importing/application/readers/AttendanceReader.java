package ru.ediary.importing.application.readers;

import java.util.function.Consumer;
import ru.ediary.importing.model.RecordFields;
import ru.ediary.importing.model.RecordKind;
import ru.ediary.importing.model.RecordReader;
import ru.ediary.importing.model.RecordRejected;
import ru.ediary.importing.model.References;
import ru.ediary.journal.model.Attendance;
import ru.ediary.journal.model.AttendanceCode;
import ru.ediary.journal.model.Lesson;
import ru.ediary.school.model.Student;

public final class AttendanceReader implements RecordReader<Attendance> {

    @Override
    public RecordKind kind() {
        return RecordKind.ATTENDANCE;
    }

    @Override
    public Attendance newEntity() {
        return new Attendance();
    }

    @Override
    public Consumer<Attendance> read(RecordFields fields, References references) throws RecordRejected {
        Student student = references.require(fields, "student", Student.class);
        Lesson lesson = references.require(fields, "lesson", Lesson.class);
        Pupils.attends(fields, student, lesson.getAudience());
        AttendanceCode code = references.require(fields, "code", AttendanceCode.class);
        return attendance -> attendance.define(student, lesson, code);
    }
}
