package ru.ediary.school.model;

import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A row the school's electronic journal owns. The school is the tenant; the journal's {@code sourcedId}
 * (unique per school and kind) is how every later version of the same record finds this row.
 */
@MappedSuperclass
public abstract class SchoolRecord {

    /** Ids come from a table allocated in blocks, so that imports can batch their inserts. */
    @Id
    @TableGenerator(name = "school_record_ids", table = "id_block", pkColumnName = "block_name",
            valueColumnName = "next_value", pkColumnValue = "school_record", allocationSize = 100)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "school_record_ids")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "school_id", nullable = false, updatable = false)
    private School school;

    @Column(name = "sourced_id", nullable = false, length = 64, updatable = false)
    private String sourcedId;

    /** The journal's version (or its lastModified in epoch milliseconds); an older one changes nothing. */
    @Column(name = "source_version", nullable = false)
    private long sourceVersion;

    /** A tombstone: the journal deleted the record, and a stale replay must not bring it back. */
    @Column(name = "deleted", nullable = false)
    private boolean deleted;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    /**
     * Optimistic lock: of two imports that read the same row at once, the second to commit fails and is retried,
     * so it compares its version with what the first one wrote instead of overwriting a newer one.
     */
    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected SchoolRecord() {
    }

    public void identify(School school, String sourcedId) {
        this.school = school;
        this.sourcedId = sourcedId;
    }

    public void stamp(long sourceVersion, boolean deleted, Instant importedAt) {
        this.sourceVersion = sourceVersion;
        this.deleted = deleted;
        this.importedAt = importedAt;
    }

    public Long getId() {
        return id;
    }

    public School getSchool() {
        return school;
    }

    public String getSourcedId() {
        return sourcedId;
    }

    public long getSourceVersion() {
        return sourceVersion;
    }

    public boolean isDeleted() {
        return deleted;
    }

    public Instant getImportedAt() {
        return importedAt;
    }
}
