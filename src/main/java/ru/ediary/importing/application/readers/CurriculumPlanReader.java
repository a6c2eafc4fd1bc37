package ru.ediary.importing.application.readers;

import java.util.function.Consumer;
import ru.ediary.importing.model.RecordFields;
import ru.ediary.importing.model.RecordKind;
import ru.ediary.importing.model.RecordReader;
import ru.ediary.importing.model.RecordRejected;
import ru.ediary.importing.model.References;
import ru.ediary.school.model.AcademicPeriod;
import ru.ediary.school.model.Audience;
import ru.ediary.school.model.CurriculumPlanItem;
import ru.ediary.school.model.Subject;

public final class CurriculumPlanReader implements RecordReader<CurriculumPlanItem> {

    /** More lessons of one subject than a school year has days is a typo, not a plan. */
    static final int MAX_PLANNED_LESSONS = 400;

    @Override
    public RecordKind kind() {
        return RecordKind.CURRICULUM_PLAN;
    }

    @Override
    public CurriculumPlanItem newEntity() {
        return new CurriculumPlanItem();
    }

    @Override
    public Consumer<CurriculumPlanItem> read(RecordFields fields, References references) throws RecordRejected {
        Subject subject = references.require(fields, "subject", Subject.class);
        Audience audience = references.audience(fields);
        AcademicPeriod period = references.require(fields, "period", AcademicPeriod.class);
        Periods.sameYear("period", period, audience.owningClass());
        int plannedLessons = fields.integer("plannedLessons", 0, MAX_PLANNED_LESSONS);
        return item -> item.define(subject, audience, period, plannedLessons);
    }
}
