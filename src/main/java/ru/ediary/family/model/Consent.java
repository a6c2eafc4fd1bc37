package ru.ediary.family.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import ru.ediary.school.model.School;

/**
 * One entry of the append-only consent ledger (согласие на обработку персональных данных). Entries are never
 * changed; the guardian's current state is the latest entry.
 */
@Entity
@Table(name = "consent")
public class Consent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "school_id", nullable = false, updatable = false)
    private School school;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "guardian_id", nullable = false, updatable = false)
    private Guardian guardian;

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
        this.school = guardian.getSchool();
        this.guardian = guardian;
        this.decision = decision;
        this.form = form;
        this.decidedOn = decidedOn;
        this.documentRef = documentRef;
        this.textVersion = textVersion;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public Long getId() {
        return id;
    }

    public School getSchool() {
        return school;
    }

    public Guardian getGuardian() {
        return guardian;
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
