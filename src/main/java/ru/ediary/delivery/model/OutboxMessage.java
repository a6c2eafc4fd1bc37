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
import ru.ediary.family.model.DeliveryChannel;

/**
 * One e-mail or SMS to one guardian, from the moment it is decided until it is sent, dead or dropped. The message
 * key is unique, so composing or planning the same message twice (two instances, a retried transaction) inserts it
 * once; state changes are conditional updates (see {@link Outbox}), so two workers never send one message twice.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    public static final int MAX_BODY = 8000;
    public static final int MAX_ERROR = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "message_key", nullable = false, length = 200, unique = true)
    private String messageKey;

    @Column(name = "school_id", nullable = false)
    private long schoolId;

    @Column(name = "guardian_id", nullable = false)
    private long guardianId;

    /** The child the message is about; null for a confirmation code. */
    @Column(name = "student_id")
    private Long studentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DeliveryChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private NotificationKind kind;

    /** {@link NotificationKind#priority()}, kept in the row for the worker's due query. */
    @Column(nullable = false)
    private short priority;

    /**
     * Where it goes. A confirmation code keeps the address it confirms; every other message takes the guardian's
     * confirmed address when it is sent (and keeps that one).
     */
    @Column(length = 254)
    private String recipient;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(nullable = false, length = MAX_BODY)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MessageStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "lease_owner", length = 100)
    private String leaseOwner;

    @Column(name = "lease_until")
    private Instant leaseUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    /** The SMTP Message-ID or the SMSC's message id(s) of a sent message. */
    @Column(name = "provider_ref", length = 300)
    private String providerRef;

    /** Why the last attempt failed, or why the message is dead or dropped. */
    @Column(name = "last_error", length = MAX_ERROR)
    private String lastError;

    protected OutboxMessage() {
    }

    public OutboxMessage(String messageKey, long schoolId, long guardianId, Long studentId, DeliveryChannel channel,
                         NotificationKind kind, String recipient, String subject, String body, Instant dueAt,
                         Instant createdAt) {
        this.messageKey = messageKey;
        this.schoolId = schoolId;
        this.guardianId = guardianId;
        this.studentId = studentId;
        this.channel = channel;
        this.kind = kind;
        this.priority = (short) kind.priority();
        this.recipient = recipient;
        this.subject = subject.length() <= 300 ? subject : subject.substring(0, 299) + "…";
        this.body = body.length() <= MAX_BODY ? body : body.substring(0, MAX_BODY - 1) + "…";
        this.status = MessageStatus.PENDING;
        this.dueAt = dueAt;
        this.createdAt = createdAt;
    }

    /**
     * The text as school staff may see it: a confirmation code proves that an address is the guardian's, so nobody
     * but the address's owner ever reads it; its digits are masked.
     */
    public String bodyForStaff() {
        return kind == NotificationKind.CONFIRMATION_CODE ? maskCode(body) : body;
    }

    /** Once a code is sent, its text is not kept: the confirmation itself holds only a hash of the code. */
    public void forgetCodeOnceSent() {
        if (kind == NotificationKind.CONFIRMATION_CODE && status == MessageStatus.SENT) {
            body = maskCode(body);
        }
    }

    static String maskCode(String text) {
        return text.replaceAll("\\d{6}", "••••••");
    }

    /** A message decided but never sent (the guardian was not eligible when it was composed). */
    public void dropAtOnce(String reason, Instant at) {
        status = MessageStatus.DROPPED;
        lastError = reason;
        finishedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public long getSchoolId() {
        return schoolId;
    }

    public long getGuardianId() {
        return guardianId;
    }

    public Long getStudentId() {
        return studentId;
    }

    public DeliveryChannel getChannel() {
        return channel;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public int getPriority() {
        return priority;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public MessageStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public String getLeaseOwner() {
        return leaseOwner;
    }

    public Instant getLeaseUntil() {
        return leaseUntil;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public String getProviderRef() {
        return providerRef;
    }

    public String getLastError() {
        return lastError;
    }
}
