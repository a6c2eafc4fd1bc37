package ru.ediary.family.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry of the append-only consent ledger (согласие на обработку персональных данных). Entries are never
 * changed; the guardian's current state is the latest entry.
 */
@Entity
@Table(name = "consent")
public class Consent extends GuardianFact {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private ConsentDecision decision;

    @Enumerated(EnumType.STRING)
    @Column(name = "consent_form", nullable = false, length = 16, updatable = false)
    private ConsentForm form;

    @Column(name = "decided_on", nullable = false, updatable = false)
    private LocalDate decidedOn;

    /** Номер/реквизиты документа: the evidence of the decision. */
    @Column(name = "document_ref", length = 200, updatable = false)
    private String documentRef;

    @Column(name = "text_version", nullable = false, length = 40, updatable = false)
    private String textVersion;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 100, updatable = false)
    private String recordedBy;

    protected Consent() {
    }

    public Consent(Guardian guardian, ConsentDecision decision, ConsentForm form, LocalDate decidedOn,
                   String documentRef, String textVersion, Instant recordedAt, String recordedBy) {
        super(guardian);
        this.decision = decision;
        this.form = form;
        this.decidedOn = decidedOn;
        this.documentRef = documentRef;
        this.textVersion = textVersion;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public ConsentDecision getDecision() {
        return decision;
    }

    public ConsentForm getForm() {
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

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
