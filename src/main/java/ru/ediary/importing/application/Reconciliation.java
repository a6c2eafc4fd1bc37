package ru.ediary.importing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.ediary.importing.model.BatchRefused;
import ru.ediary.importing.model.Census;
import ru.ediary.importing.model.RecordCensus;
import ru.ediary.importing.model.RecordKind;
import ru.ediary.importing.model.SchoolRecordStore;
import ru.ediary.school.model.AcademicPeriod;
import ru.ediary.school.model.School;
import ru.ediary.school.model.SchoolClass;
import ru.ediary.school.model.SchoolRecord;

/** Lets the journal detect drift: the count and digest of a kind, optionally of one period and/or one class. */
@ApplicationScoped
public class Reconciliation {

    @Inject
    SchoolRecordStore store;

    @Inject
    RecordCensus census;

    @Transactional
    public Census of(long schoolId, RecordKind kind, String periodId, String classId) throws BatchRefused {
        School school = store.school(schoolId).orElseThrow();
        AcademicPeriod period = filter(school, AcademicPeriod.class, "period", periodId);
        SchoolClass schoolClass = filter(school, SchoolClass.class, "class", classId);
        return Census.of(kind, census.active(school, kind, period, schoolClass).orElseThrow(() ->
                new BatchRefused(BatchRefused.Code.INVALID_FILTER,
                        "a " + kind.label() + " cannot be narrowed by " + (period != null ? "period" : "class"))));
    }

    private <T extends SchoolRecord> T filter(School school, Class<T> type, String name, String sourcedId)
            throws BatchRefused {
        if (sourcedId == null || sourcedId.isBlank()) {
            return null;
        }
        return store.find(type, school, sourcedId).filter(r -> !r.isDeleted()).orElseThrow(() ->
                new BatchRefused(BatchRefused.Code.INVALID_FILTER, "no " + name + " «" + sourcedId + "»"));
    }
}
