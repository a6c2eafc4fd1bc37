package ru.ediary.importing.model;

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

/**
 * What happened to the record at one position of a batch. Written in the same transaction as the record itself, so
 * a line exists exactly when the record's outcome is final.
 */
@Entity
@Table(name = "receipt_line")
public class ReceiptLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "batch_id", nullable = false, updatable = false)
    private ImportBatch batch;

    @Column(name = "position_no", nullable = false, updatable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "record_kind", nullable = false, length = 32, updatable = false)
    private RecordKind kind;

    @Column(name = "sourced_id", length = 200, updatable = false)
    private String sourcedId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private ImportOutcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "rejection_code", length = 32, updatable = false)
    private RejectionCode code;

    @Column(name = "field_name", length = 64, updatable = false)
    private String field;

    @Column(length = 1000, updatable = false)
    private String message;

    protected ReceiptLine() {
    }

    public ReceiptLine(ImportBatch batch, int position, ImportResult result) {
        this.batch = batch;
        this.position = position;
        this.kind = result.kind();
        this.sourcedId = clip(result.sourcedId(), 200);
        this.outcome = result.outcome();
        this.code = result.code();
        this.field = clip(result.field(), 64);
        this.message = clip(result.message(), 1000);
    }

    private static String clip(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    public int getPosition() {
        return position;
    }

    public ImportResult toResult() {
        return new ImportResult(kind, sourcedId, outcome, code, field, message);
    }
}
