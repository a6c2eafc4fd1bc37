package ru.ediary.importing.application;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.ediary.importing.model.ImportTombstone;
import ru.ediary.importing.model.RecordKind;
import ru.ediary.importing.model.SchoolRecordStore;
import ru.ediary.school.model.School;
import ru.ediary.school.model.SchoolRecord;

/**
 * Holds records in maps, for unit tests of the import semantics. Like the JPA store, an entity handed out is the
 * stored one, so changes made to it are "saved".
 */
public class InMemorySchoolRecordStore implements SchoolRecordStore {

    private final School school;
    private final Map<String, SchoolRecord> records = new HashMap<>();
    private final Map<String, ImportTombstone> tombstones = new HashMap<>();

    public InMemorySchoolRecordStore(School school) {
        this.school = school;
    }

    @Override
    public Optional<School> school(long schoolId) {
        return Optional.of(school);
    }

    @Override
    public <T extends SchoolRecord> Optional<T> find(Class<T> type, School school, String sourcedId) {
        return Optional.ofNullable(type.cast(records.get(type.getSimpleName() + "/" + sourcedId)));
    }

    @Override
    public Optional<ImportTombstone> tombstone(School school, RecordKind kind, String sourcedId) {
        return Optional.ofNullable(tombstones.get(kind + "/" + sourcedId));
    }

    @Override
    public void add(SchoolRecord record) {
        String key = record.getClass().getSimpleName() + "/" + record.getSourcedId();
        if (records.putIfAbsent(key, record) != null) {
            throw new IllegalStateException("duplicate " + key);
        }
    }

    @Override
    public void add(ImportTombstone tombstone) {
        String key = tombstone.getKind() + "/" + tombstone.getSourcedId();
        if (tombstones.putIfAbsent(key, tombstone) != null) {
            throw new IllegalStateException("duplicate tombstone " + key);
        }
    }

    public int size() {
        return records.size();
    }

    public <T extends SchoolRecord> List<T> all(Class<T> type) {
        return records.values().stream().filter(type::isInstance).map(type::cast).toList();
    }
}
