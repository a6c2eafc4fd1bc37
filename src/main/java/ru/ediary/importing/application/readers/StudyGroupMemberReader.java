package ru.ediary.importing.application.readers;

import java.util.function.Consumer;
import ru.ediary.importing.model.RecordFields;
import ru.ediary.importing.model.RecordKind;
import ru.ediary.importing.model.RecordReader;
import ru.ediary.importing.model.RecordRejected;
import ru.ediary.importing.model.References;
import ru.ediary.school.model.Student;
import ru.ediary.school.model.StudyGroup;
import ru.ediary.school.model.StudyGroupMember;

public final class StudyGroupMemberReader implements RecordReader<StudyGroupMember> {

    @Override
    public RecordKind kind() {
        return RecordKind.STUDY_GROUP_MEMBER;
    }

    @Override
    public StudyGroupMember newEntity() {
        return new StudyGroupMember();
    }

    @Override
    public Consumer<StudyGroupMember> read(RecordFields fields, References references) throws RecordRejected {
        StudyGroup group = references.require(fields, "group", StudyGroup.class);
        Student student = references.require(fields, "student", Student.class);
        Pupils.mayJoin(fields, student, group);
        return member -> member.define(group, student);
    }
}
