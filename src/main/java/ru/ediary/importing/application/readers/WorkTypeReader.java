package ru.ediary.importing.application.readers;

import java.math.BigDecimal;
import java.util.function.Consumer;
import ru.ediary.importing.model.RecordFields;
import ru.ediary.importing.model.RecordKind;
import ru.ediary.importing.model.RecordReader;
import ru.ediary.importing.model.RecordRejected;
import ru.ediary.importing.model.References;
import ru.ediary.journal.model.WorkType;

public final class WorkTypeReader implements RecordReader<WorkType> {

    @Override
    public RecordKind kind() {
        return RecordKind.WORK_TYPE;
    }

    @Override
    public WorkType newEntity() {
        return new WorkType();
    }

    @Override
    public Consumer<WorkType> read(RecordFields fields, References references) throws RecordRejected {
        String name = fields.text("name", 120);
        BigDecimal weight = Weights.read(fields, "weight");
        return type -> type.define(name, weight);
    }
}
