package ru.ediary.importing.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One record as the journal sends it: its kind, its stable {@code sourcedId}, a version (a counter or the
 * lastModified instant in epoch milliseconds), whether it is deleted, and its fields by name.
 *
 * @param schoolCode the school the journal says the record belongs to; null means "the sender's school"
 */
public record SourcedRecord(RecordKind kind, String sourcedId, long version, boolean deleted, String schoolCode,
                            Map<String, String> fields) {

    public SourcedRecord {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public static Builder of(RecordKind kind, String sourcedId, long version) {
        return new Builder(kind, sourcedId, version);
    }

    public static SourcedRecord deletion(RecordKind kind, String sourcedId, long version) {
        return new SourcedRecord(kind, sourcedId, version, true, null, Map.of());
    }

    /** «mark «M-17»», used in every message about the record. */
    public String describe() {
        return kind.label() + " «" + sourcedId + "»";
    }

    public static final class Builder {
        private final RecordKind kind;
        private final String sourcedId;
        private final long version;
        private final Map<String, String> fields = new LinkedHashMap<>();
        private String schoolCode;

        private Builder(RecordKind kind, String sourcedId, long version) {
            this.kind = kind;
            this.sourcedId = sourcedId;
            this.version = version;
        }

        /** Sets a field; a null value leaves it out, as an absent optional field. */
        public Builder with(String field, Object value) {
            if (value != null) {
                fields.put(field, value.toString());
            }
            return this;
        }

        public Builder school(String code) {
            this.schoolCode = code;
            return this;
        }

        public SourcedRecord build() {
            return new SourcedRecord(kind, sourcedId, version, false, schoolCode, fields);
        }
    }
}
