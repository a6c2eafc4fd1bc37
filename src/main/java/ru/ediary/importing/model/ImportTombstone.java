package ru.ediary.importing.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The deletion of a record eDiary never held. Without it a stale create arriving after the delete would
 * bring the record into being.
 */
@Entity
@Table(name = "import_tombstone")
public class ImportTombstone {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_id", nullable = false, updatable = false)
    private Long schoolId;

    @Enumerated(EnumType.STRING)
    @Column(name = "record_kind", nullable = false, length = 32, updatable = false)
    private RecordKind kind;

    @Column(name = "sourced_id", nullable = false, length = 64, updatable = false)
    private String sourcedId;

    @Column(name = "source_version", nullable = false)
    private long sourceVersion;

    @Column(name = "deleted_at", nullable = false)
    private Instant deletedAt;

    protected ImportTombstone() {
    }

    public ImportTombstone(Long schoolId, RecordKind kind, String sourcedId, long sourceVersion, Instant deletedAt) {
        this.schoolId = schoolId;
        this.kind = kind;
        this.sourcedId = sourcedId;
        this.sourceVersion = sourceVersion;
        this.deletedAt = deletedAt;
    }

    public RecordKind getKind() {
        return kind;
    }

    public String getSourcedId() {
        return sourcedId;
    }

    public long getSourceVersion() {
        return sourceVersion;
    }

    public void raise(long version, Instant at) {
        if (version > sourceVersion) {
            sourceVersion = version;
            deletedAt = at;
        }
    }
}
