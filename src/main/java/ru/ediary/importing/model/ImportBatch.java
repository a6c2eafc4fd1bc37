package ru.ediary.importing.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import ru.ediary.school.model.School;

/**
 * A batch the journal submitted under its own batchId: the exchange log's entry and the head of its receipt. A
 * batch is claimed while it is being applied; a claim that lapses (the server stopped half-way) lets a replay of the
 * same batchId finish the work, record by record, without applying anything twice.
 */
@Entity
@Table(name = "import_batch")
public class ImportBatch {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "school_id", nullable = false, updatable = false)
    private School school;

    @Column(name = "batch_id", nullable = false, length = 64, updatable = false)
    private String batchId;

    @Column(name = "account_login", nullable = false, length = 100, updatable = false)
    private String accountLogin;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "duration_millis")
    private Long durationMillis;

    @Column(name = "record_count", nullable = false)
    private int recordCount;

    @Column(name = "created_count", nullable = false)
    private int created;

    @Column(name = "updated_count", nullable = false)
    private int updated;

    @Column(name = "unchanged_count", nullable = false)
    private int unchanged;

    @Column(name = "rejected_count", nullable = false)
    private int rejected;

    @Column(nullable = false)
    private boolean complete;

    protected ImportBatch() {
    }

    public ImportBatch(School school, String batchId, String accountLogin, int recordCount, Instant receivedAt) {
        this.school = school;
        this.batchId = batchId;
        this.accountLogin = accountLogin;
        this.recordCount = recordCount;
        this.receivedAt = receivedAt;
    }

    public boolean isClaimedAt(Instant now) {
        return !complete && claimedUntil != null && claimedUntil.isAfter(now);
    }

    public void claim(Instant now, Duration lease) {
        claimedUntil = now.plus(lease);
    }

    public void finish(int created, int updated, int unchanged, int rejected, Instant now) {
        this.created = created;
        this.updated = updated;
        this.unchanged = unchanged;
        this.rejected = rejected;
        this.finishedAt = now;
        this.durationMillis = Duration.between(receivedAt, now).toMillis();
        this.complete = true;
        this.claimedUntil = null;
    }

    public Long getId() {
        return id;
    }

    public School getSchool() {
        return school;
    }

    public String getBatchId() {
        return batchId;
    }

    public String getAccountLogin() {
        return accountLogin;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public Long getDurationMillis() {
        return durationMillis;
    }

    public int getRecordCount() {
        return recordCount;
    }

    public int getCreated() {
        return created;
    }

    public int getUpdated() {
        return updated;
    }

    public int getUnchanged() {
        return unchanged;
    }

    public int getRejected() {
        return rejected;
    }

    public boolean isComplete() {
        return complete;
    }
}
