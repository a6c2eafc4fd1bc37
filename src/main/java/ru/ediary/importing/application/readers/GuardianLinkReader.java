package ru.ediary.importing.application.readers;

import java.util.function.Consumer;
import ru.ediary.family.model.Guardian;
import ru.ediary.family.model.GuardianLink;
import ru.ediary.family.model.Relation;
import ru.ediary.importing.model.RecordFields;
import ru.ediary.importing.model.RecordKind;
import ru.ediary.importing.model.RecordReader;
import ru.ediary.importing.model.RecordRejected;
import ru.ediary.importing.model.References;
import ru.ediary.school.model.Student;

public final class GuardianLinkReader implements RecordReader<GuardianLink> {

    @Override
    public RecordKind kind() {
        return RecordKind.GUARDIAN_LINK;
    }

    @Override
    public GuardianLink newEntity() {
        return new GuardianLink();
    }

    @Override
    public Consumer<GuardianLink> read(RecordFields fields, References references) throws RecordRejected {
        Guardian guardian = references.require(fields, "guardian", Guardian.class);
        Student student = references.require(fields, "student", Student.class);
        Relation relation = fields.enumValue("relation", Relation.class);
        String basisDocument = fields.optionalText("basisDocument", 300);
        return link -> link.define(guardian, student, relation, basisDocument);
    }
}
