package ru.ediary.delivery.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.ediary.audit.application.AuditLog;
import ru.ediary.delivery.model.ChildGuardians;
import ru.ediary.delivery.model.MessageStatus;
import ru.ediary.delivery.model.NotificationKind;
import ru.ediary.delivery.model.Outbox;
import ru.ediary.delivery.model.OutboxMessage;
import ru.ediary.delivery.model.OutboxQuery;
import ru.ediary.family.model.DeliveryChannel;
import ru.ediary.family.model.Guardian;
import ru.ediary.school.model.Student;

/** What school staff see of the outbox: every message of their school with its state, and resending a dead one. */
@ApplicationScoped
public class OutboxReview {

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    ChildGuardians families;

    @Inject
    AuditLog audit;

    /** One message as staff see it. */
    public record Entry(long id, String guardianName, long guardianId, String childName, DeliveryChannel channel,
                        NotificationKind kind, MessageStatus status, String recipient, String subject, String body,
                        int attempts, Instant createdAt, Instant dueAt, Instant finishedAt, String providerRef,
                        String lastError) {

        // For Faces pages: Expression Language 5 does not read record components.
        public long getId() {
            return id;
        }

        public String getGuardianName() {
            return guardianName;
        }

        public String getChildName() {
            return childName;
        }

        public DeliveryChannel getChannel() {
            return channel;
        }

        public NotificationKind getKind() {
            return kind;
        }

        public MessageStatus getStatus() {
            return status;
        }

        public boolean isDead() {
            return status == MessageStatus.DEAD;
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

        public int getAttempts() {
            return attempts;
        }

        public Instant getCreatedAt() {
            return createdAt;
        }

        public Instant getDueAt() {
            return dueAt;
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

    /**
     * What a member of staff reads on the Outbox page: the messages with their texts (codes masked), which carry the
     * children's marks and news, so the reading is written to the audit log with the filter it was read with.
     */
    @Transactional
    public List<Entry> read(OutboxQuery query, String actor, String remoteAddress) {
        List<Entry> entries = messages(query);
        audit.record(actor, "OUTBOX_READ", query.schoolId(), query.guardianId() == null ? null
                        : "guardian:" + guardianRef(query.guardianId()),
                "messages shown: " + entries.size() + (query.channel() == null ? "" : ", channel " + query.channel())
                        + (query.status() == null ? "" : ", state " + query.status()), remoteAddress);
        return entries;
    }

    @Transactional
    public List<Entry> messages(OutboxQuery query) {
        Map<Long, String> guardianNames = new HashMap<>();
        Map<Long, String> childNames = new HashMap<>();
        return outbox.find(query).stream().map(m -> new Entry(m.getId(),
                guardianNames.computeIfAbsent(m.getGuardianId(), this::guardianName), m.getGuardianId(),
                m.getStudentId() == null ? "" : childNames.computeIfAbsent(m.getStudentId(), this::childName),
                m.getChannel(), m.getKind(), m.getStatus(), m.getRecipient(), m.getSubject(), m.bodyForStaff(),
                m.getAttempts(), m.getCreatedAt(), m.getDueAt(), m.getFinishedAt(), m.getProviderRef(),
                m.getLastError())).toList();
    }

    /** A guardian with messages, for the page's filter. */
    public record Addressee(long guardianId, String name) {

        public long getGuardianId() {
            return guardianId;
        }

        public String getName() {
            return name;
        }
    }

    @Transactional
    public List<Addressee> addressees(long schoolId) {
        return outbox.guardiansWithMessages(schoolId).stream()
                .map(id -> new Addressee(id, guardianName(id)))
                .sorted(java.util.Comparator.comparing(Addressee::name)).toList();
    }

    /** Tries a dead message again from the start; only dead messages of the staff member's own school. */
    @Transactional
    public boolean resend(long messageId, long schoolId, String actor, String remoteAddress) {
        boolean revived = outbox.revive(messageId, schoolId, clock.instant());
        if (revived) {
            OutboxMessage message = outbox.byId(messageId).orElseThrow();
            audit.record(actor, "NOTIFICATION_RESENT", schoolId, "guardian:" + guardianRef(message.getGuardianId()),
                    message.getChannel() + " message " + messageId + " queued again after: " + message.getLastError(),
                    remoteAddress);
        }
        return revived;
    }

    private String guardianName(long guardianId) {
        Guardian guardian = families.guardian(guardianId);
        return guardian == null || guardian.getName() == null ? "#" + guardianId : guardian.getName().full();
    }

    private String guardianRef(long guardianId) {
        Guardian guardian = families.guardian(guardianId);
        return guardian == null ? String.valueOf(guardianId) : guardian.getSourcedId();
    }

    private String childName(long studentId) {
        Student student = families.student(studentId);
        return student == null || student.getName() == null ? "#" + studentId : student.getName().full();
    }
}
