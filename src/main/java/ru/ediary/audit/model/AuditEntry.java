package ru.ediary.audit.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Журнал аудита: who did what to whose data, when and from where. Written once, never changed. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 100, updatable = false)
    private String actor;

    @Column(nullable = false, length = 60, updatable = false)
    private String action;

    /** School of the data concerned, for staff filtering; null for regional or system-wide actions. */
    @Column(name = "school_id", updatable = false)
    private Long schoolId;

    @Column(name = "subject_ref", length = 200, updatable = false)
    private String subjectRef;

    @Column(length = 2000, updatable = false)
    private String details;

    @Column(name = "remote_address", length = 64, updatable = false)
    private String remoteAddress;

    protected AuditEntry() {
    }

    public AuditEntry(Instant occurredAt, String actor, String action, Long schoolId, String subjectRef,
                      String details, String remoteAddress) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.schoolId = schoolId;
        this.subjectRef = subjectRef;
        this.details = details;
        this.remoteAddress = remoteAddress;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public String getSubjectRef() {
        return subjectRef;
    }

    public String getDetails() {
        return details;
    }

    public String getRemoteAddress() {
        return remoteAddress;
    }
}
