package ru.ediary.importing.application.readers;

import java.util.function.Consumer;
import ru.ediary.family.model.Guardian;
import ru.ediary.importing.model.RecordFields;
import ru.ediary.importing.model.RecordKind;
import ru.ediary.importing.model.RecordReader;
import ru.ediary.importing.model.RecordRejected;
import ru.ediary.importing.model.References;
import ru.ediary.school.model.PersonName;

public final class GuardianReader implements RecordReader<Guardian> {

    @Override
    public RecordKind kind() {
        return RecordKind.GUARDIAN;
    }

    @Override
    public Guardian newEntity() {
        return new Guardian();
    }

    @Override
    public Consumer<Guardian> read(RecordFields fields, References references) throws RecordRejected {
        PersonName name = Names.read(fields);
        return guardian -> guardian.define(name);
    }
}
