package ru.ediary.importing.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import ru.ediary.importing.model.ImportTombstone;
import ru.ediary.importing.model.RecordFields;
import ru.ediary.importing.model.RecordKind;
import ru.ediary.importing.model.RecordRejected;
import ru.ediary.importing.model.References;
import ru.ediary.importing.model.RejectionCode;
import ru.ediary.importing.model.SchoolRecordStore;
import ru.ediary.platform.SchoolTime;
import ru.ediary.school.model.Audience;
import ru.ediary.school.model.IndividualPlan;
import ru.ediary.school.model.School;
import ru.ediary.school.model.SchoolClass;
import ru.ediary.school.model.SchoolRecord;
import ru.ediary.school.model.StudyGroup;

/**
 * The records one unit of import work has seen, by kind and sourcedId: a chunk that creates a class and then its
 * students finds the class here without asking the database, and never creates one record twice.
 */
final class ImportContext implements References {

    private final SchoolRecordStore store;
    private final School school;
    private final Map<Class<?>, Map<String, SchoolRecord>> seen = new HashMap<>();
    private final Map<String, ImportTombstone> buried = new HashMap<>();

    private final LocalDate today;

    ImportContext(SchoolRecordStore store, School school, Clock clock) {
        this.store = store;
        this.school = school;
        this.today = LocalDate.now(clock.withZone(SchoolTime.ZONE));
    }

    @Override
    public LocalDate today() {
        return today;
    }

    @Override
    public School school() {
        return school;
    }

    /** The stored record, deleted or not. */
    <T extends SchoolRecord> Optional<T> find(Class<T> type, String sourcedId) {
        Map<String, SchoolRecord> ofType = seen.computeIfAbsent(type, t -> new HashMap<>());
        SchoolRecord cached = ofType.get(sourcedId);
        if (cached == null) {
            cached = store.find(type, school, sourcedId).orElse(null);
            if (cached != null) {
                ofType.put(sourcedId, cached);
            }
        }
        return Optional.ofNullable(type.cast(cached));
    }

    Optional<ImportTombstone> tombstone(RecordKind kind, String sourcedId) {
        ImportTombstone known = buried.get(kind + "/" + sourcedId);
        return known != null ? Optional.of(known) : store.tombstone(school, kind, sourcedId);
    }

    void created(SchoolRecord record) {
        store.add(record);
        seen.computeIfAbsent(record.getClass(), t -> new HashMap<>()).put(record.getSourcedId(), record);
    }

    void buried(RecordKind kind, String sourcedId, ImportTombstone tombstone) {
        store.add(tombstone);
        buried.put(kind + "/" + sourcedId, tombstone);
    }

    @Override
    public <T extends SchoolRecord> T require(RecordFields fields, String field, Class<T> type) throws RecordRejected {
        T target = optional(fields, field, type);
        if (target == null) {
            throw new RecordRejected(RejectionCode.MISSING_FIELD, field, "the field is required");
        }
        return target;
    }

    @Override
    public <T extends SchoolRecord> T optional(RecordFields fields, String field, Class<T> type)
            throws RecordRejected {
        String sourcedId = fields.optionalText(field);
        if (sourcedId == null) {
            return null;
        }
        T target = find(type, sourcedId).orElse(null);
        String kind = RecordKind.ofEntity(type).map(RecordKind::label).orElse(type.getSimpleName());
        if (target == null) {
            throw new RecordRejected(RejectionCode.UNKNOWN_REFERENCE, field,
                    "no " + kind + " «" + sourcedId + "» in school " + school.getCode());
        }
        if (target.isDeleted()) {
            throw new RecordRejected(RejectionCode.UNKNOWN_REFERENCE, field,
                    kind + " «" + sourcedId + "» was deleted");
        }
        return target;
    }

    @Override
    public Audience audience(RecordFields fields) throws RecordRejected {
        int named = (fields.has("class") ? 1 : 0) + (fields.has("group") ? 1 : 0) + (fields.has("plan") ? 1 : 0);
        if (named != 1) {
            throw new RecordRejected(named == 0 ? RejectionCode.MISSING_FIELD : RejectionCode.INVALID_VALUE, "class",
                    "exactly one of class, group, plan must be given, " + named + " were");
        }
        return Audience.of(optional(fields, "class", SchoolClass.class), optional(fields, "group", StudyGroup.class),
                optional(fields, "plan", IndividualPlan.class));
    }
}
