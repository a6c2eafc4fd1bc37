package ru.ediary.family.application;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import ru.ediary.family.model.Consent;
import ru.ediary.family.model.ContactPoint;
import ru.ediary.family.model.DeliveryChannel;
import ru.ediary.family.model.DeliveryPlan;
import ru.ediary.platform.SchoolTime;

/**
 * Everything the school office sees of one guardian: children, the consent ledger, contacts, chosen channels and
 * what eDiary will actually do for them (the plan). Getters are for Faces pages (Expression Language 5 does not read
 * record components).
 */
public record GuardianCard(long id, String fullName, List<Link> links, List<ConsentEntry> consents,
                           List<Contact> contacts, Set<DeliveryChannel> chosen, DeliveryPlan plan,
                           String accountLogin) {

    public long getId() {
        return id;
    }

    public String getFullName() {
        return fullName;
    }

    public List<Link> getLinks() {
        return links;
    }

    public List<ConsentEntry> getConsents() {
        return consents;
    }

    public List<Contact> getContacts() {
        return contacts;
    }

    public Set<DeliveryChannel> getChosen() {
        return chosen;
    }

    public DeliveryPlan getPlan() {
        return plan;
    }

    public String getAccountLogin() {
        return accountLogin;
    }

    /** A child of the guardian. */
    public record Link(long id, long studentId, String studentName, String className, String relation,
                       String basisDocument) {

        public long getId() {
            return id;
        }

        public long getStudentId() {
            return studentId;
        }

        public String getStudentName() {
            return studentName;
        }

        public String getClassName() {
            return className;
        }

        public String getRelation() {
            return relation;
        }

        public String getBasisDocument() {
            return basisDocument;
        }
    }

    /** One entry of the consent ledger, as recorded (Moscow time). */
    public record ConsentEntry(String decision, String form, LocalDate decidedOn, String documentRef,
                               String textVersion, LocalDateTime recordedAt, String recordedBy) {

        static ConsentEntry of(Consent c) {
            return new ConsentEntry(c.getDecision().name(), c.getForm().name(), c.getDecidedOn(), c.getDocumentRef(),
                    c.getTextVersion(), LocalDateTime.ofInstant(c.getRecordedAt(), SchoolTime.ZONE), c.getRecordedBy());
        }

        public String getDecision() {
            return decision;
        }

        public String getForm() {
            return form;
        }

        public LocalDate getDecidedOn() {
            return decidedOn;
        }

        public String getDocumentRef() {
            return documentRef;
        }

        public String getTextVersion() {
            return textVersion;
        }

        public LocalDateTime getRecordedAt() {
            return recordedAt;
        }

        public String getRecordedBy() {
            return recordedBy;
        }
    }

    /** A contact point with where it came from. */
    public record Contact(long id, String channel, String address, String source, String documentRef,
                          boolean confirmed, boolean active, LocalDateTime createdAt) {

        static Contact of(ContactPoint c) {
            return new Contact(c.getId(), c.getChannel().name(), c.getAddress(), c.getSource().name(),
                    c.getDocumentRef(), c.isConfirmed(), c.isActive(),
                    LocalDateTime.ofInstant(c.getCreatedAt(), SchoolTime.ZONE));
        }

        public long getId() {
            return id;
        }

        public String getChannel() {
            return channel;
        }

        public String getAddress() {
            return address;
        }

        public String getSource() {
            return source;
        }

        public String getDocumentRef() {
            return documentRef;
        }

        public boolean isConfirmed() {
            return confirmed;
        }

        public boolean isActive() {
            return active;
        }

        public LocalDateTime getCreatedAt() {
            return createdAt;
        }
    }
}
