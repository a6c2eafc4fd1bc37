package ru.ediary.family.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A one-time code sent to an e-mail address or phone number the guardian entered in the cabinet. Only a hash of the
 * code is kept; it expires, it is used once, and it tolerates a few wrong guesses only.
 */
@Entity
@Table(name = "contact_confirmation")
public class ContactConfirmation extends GuardianFact {

    public static final Duration LIFETIME = Duration.ofMinutes(15);
    public static final int MAX_ATTEMPTS = 5;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contact_point_id", nullable = false, updatable = false)
    private ContactPoint contact;

    @Column(name = "code_hash", nullable = false, length = 100, updatable = false)
    private String codeHash;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "used_at")
    private Instant usedAt;

    protected ContactConfirmation() {
    }

    public ContactConfirmation(ContactPoint contact, String codeHash, Instant issuedAt) {
        super(contact.getGuardian());
        this.contact = contact;
        this.codeHash = codeHash;
        this.issuedAt = issuedAt;
        this.expiresAt = issuedAt.plus(LIFETIME);
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    /** Whether a code may still be tried: not used, not expired, attempts left. */
    public boolean isOpen(Instant now) {
        return usedAt == null && now.isBefore(expiresAt) && attempts < MAX_ATTEMPTS;
    }

    /**
     * Checks a guess (given as its hash); a right guess within the limits uses the code up and confirms the contact.
     */
    public ConfirmationOutcome attempt(String guessHash, Instant now) {
        if (usedAt != null) {
            return ConfirmationOutcome.USED;
        }
        if (!now.isBefore(expiresAt)) {
            return ConfirmationOutcome.EXPIRED;
        }
        if (attempts >= MAX_ATTEMPTS) {
            return ConfirmationOutcome.TOO_MANY_ATTEMPTS;
        }
        attempts++;
        if (!codeHash.equals(guessHash)) {
            return attempts >= MAX_ATTEMPTS ? ConfirmationOutcome.TOO_MANY_ATTEMPTS : ConfirmationOutcome.WRONG_CODE;
        }
        usedAt = now;
        contact.confirm(now);
        return ConfirmationOutcome.CONFIRMED;
    }
}
