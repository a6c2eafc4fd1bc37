package ru.ediary.family.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** An e-mail address or phone number of a guardian, with where it came from; unconfirmed ones are never used. */
@Entity
@Table(name = "contact_point")
public class ContactPoint extends GuardianFact {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ContactChannel channel;

    @Column(name = "address", nullable = false, length = 254)
    private String address;

    @Enumerated(EnumType.STRING)
    @Column(name = "contact_source", nullable = false, length = 24)
    private ContactSource source;

    @Column(name = "document_ref", length = 200)
    private String documentRef;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(nullable = false)
    private boolean active = true;

    protected ContactPoint() {
    }

    public ContactPoint(Guardian guardian, ContactChannel channel, String address, ContactSource source,
                        String documentRef, Instant createdAt) {
        super(guardian);
        this.channel = channel;
        this.address = address;
        this.source = source;
        this.documentRef = documentRef;
        this.createdAt = createdAt;
    }

    public ContactChannel getChannel() {
        return channel;
    }

    public String getAddress() {
        return address;
    }

    public ContactSource getSource() {
        return source;
    }

    public String getDocumentRef() {
        return documentRef;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public boolean isConfirmed() {
        return confirmedAt != null;
    }

    public boolean isActive() {
        return active;
    }

    public void confirm(Instant at) {
        if (confirmedAt == null) {
            confirmedAt = at;
        }
    }

    public void deactivate() {
        active = false;
    }
}
