package ru.ediary.delivery.model;

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
 * One change a guardian should hear about about one child («Математика, 05.10: оценка 5»), written in the same
 * transaction as the change itself. The worker later folds all of a guardian's pending events for a child into one
 * message per channel, so a burst of 30 marks becomes one e-mail rather than 30.
 */
@Entity
@Table(name = "notification_event")
public class NotificationEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** What happened, to whom and in which version: the same change imported twice is one event. */
    @Column(name = "event_key", nullable = false, length = 200, unique = true)
    private String eventKey;

    @Column(name = "school_id", nullable = false)
    private long schoolId;

    @Column(name = "guardian_id", nullable = false)
    private long guardianId;

    @Column(name = "student_id", nullable = false)
    private long studentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private NotificationKind kind;

    /** The sentence guardians read, in Russian. */
    @Column(name = "line_text", nullable = false, length = 1000)
    private String line;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    /** Set when the event went into a message; null while it waits to be coalesced. */
    @Column(name = "composed_at")
    private Instant composedAt;

    protected NotificationEvent() {
    }

    public NotificationEvent(String eventKey, long schoolId, long guardianId, long studentId, NotificationKind kind,
                             String line, Instant occurredAt) {
        this.eventKey = eventKey;
        this.schoolId = schoolId;
        this.guardianId = guardianId;
        this.studentId = studentId;
        this.kind = kind;
        this.line = line.length() <= 1000 ? line : line.substring(0, 999) + "…";
        this.occurredAt = occurredAt;
    }

    public Long getId() {
        return id;
    }

    public String getEventKey() {
        return eventKey;
    }

    public long getSchoolId() {
        return schoolId;
    }

    public long getGuardianId() {
        return guardianId;
    }

    public long getStudentId() {
        return studentId;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public String getLine() {
        return line;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Instant getComposedAt() {
        return composedAt;
    }
}
