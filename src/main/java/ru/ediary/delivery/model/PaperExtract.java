package ru.ediary.delivery.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import ru.ediary.platform.Sha256;

/**
 * Реестр выписок: one issued paper extract. The printed file itself is kept, so a re-print is the very same document
 * (same number, same bytes), and its SHA-256 is kept beside it: {@code /verify/<code>} calls the document genuine only
 * while the two agree. Names are kept as printed, because the register records what was handed out.
 */
@Entity
@Table(name = "paper_extract")
public class PaperExtract {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_id", nullable = false, updatable = false)
    private long schoolId;

    /** The year the school year starts in: numbers run per school and school year. */
    @Column(name = "school_year", nullable = false, updatable = false)
    private int schoolYear;

    @Column(name = "serial_no", nullable = false, updatable = false)
    private int serialNo;

    @Column(name = "verification_code", nullable = false, length = 32, unique = true, updatable = false)
    private String verificationCode;

    @Column(name = "student_id", nullable = false, updatable = false)
    private long studentId;

    @Column(name = "student_name", nullable = false, length = 300, updatable = false)
    private String studentName;

    @Column(name = "class_name", nullable = false, length = 20, updatable = false)
    private String className;

    /** The guardians it was printed for (the paper list's, or the consenting guardian who downloaded it). */
    @Column(name = "guardian_names", length = 600, updatable = false)
    private String guardianNames;

    @Column(name = "period_id", updatable = false)
    private Long periodId;

    @Column(name = "period_label", nullable = false, length = 200, updatable = false)
    private String periodLabel;

    @Column(name = "period_from", nullable = false, updatable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", nullable = false, updatable = false)
    private LocalDate periodTo;

    @Column(name = "issued_on", nullable = false, updatable = false)
    private LocalDate issuedOn;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "issued_by", nullable = false, length = 100, updatable = false)
    private String issuedBy;

    @Column(name = "page_count", nullable = false, updatable = false)
    private int pageCount;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(nullable = false, updatable = false)
    private byte[] document;

    protected PaperExtract() {
    }

    public PaperExtract(long schoolId, ExtractNumber number, String verificationCode, long studentId,
                        String studentName, String className, String guardianNames, ExtractPeriod period,
                        LocalDate issuedOn, Instant issuedAt, String issuedBy, byte[] document, int pageCount) {
        this.schoolId = schoolId;
        this.schoolYear = number.schoolYear();
        this.serialNo = number.sequence();
        this.verificationCode = verificationCode;
        this.studentId = studentId;
        this.studentName = studentName;
        this.className = className;
        this.guardianNames = guardianNames == null || guardianNames.length() <= 600 ? guardianNames
                : guardianNames.substring(0, 600);
        this.periodId = period.periodId();
        this.periodLabel = period.label();
        this.periodFrom = period.from();
        this.periodTo = period.to();
        this.issuedOn = issuedOn;
        this.issuedAt = issuedAt;
        this.issuedBy = issuedBy;
        this.document = document.clone();
        this.pageCount = pageCount;
        this.sha256 = sha256(document);
    }

    /** The SHA-256 of a file, in lower-case hex. */
    public static String sha256(byte[] bytes) {
        return Sha256.hex(bytes);
    }

    /** Whether the kept file still has the hash recorded at issue. */
    public boolean isGenuine() {
        return sha256.equals(sha256(document));
    }

    /** Whether it covers exactly these days (a re-print of the same extract, not one of another stretch). */
    public boolean covers(LocalDate from, LocalDate to) {
        return periodFrom.equals(from) && periodTo.equals(to);
    }

    public ExtractNumber number() {
        return new ExtractNumber(schoolYear, serialNo);
    }

    public Long getId() {
        return id;
    }

    public long getSchoolId() {
        return schoolId;
    }

    public long getStudentId() {
        return studentId;
    }

    public String getPeriodLabel() {
        return periodLabel;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public String getSha256() {
        return sha256;
    }

    public int getPageCount() {
        return pageCount;
    }

    public byte[] getDocument() {
        return document.clone();
    }
}
