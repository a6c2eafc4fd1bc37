package ru.ediary.assessment.model;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import java.time.Instant;
import java.time.LocalDate;
import ru.ediary.school.model.SchoolRecord;

/**
 * A result the 3-day publication rule watches (a final grade, an exam result): the date the journal gives it, when
 * it first reached eDiary, and when it became visible to the student and every consenting guardian, stamped by
 * {@code assessment.application.ResultPublication}.
 */
@MappedSuperclass
public abstract class PublishedResult extends SchoolRecord {

    /** The date of the result (e.g. the teachers' council); the 3-day publication rule counts from it. */
    @Column(name = "result_date", nullable = false)
    private LocalDate resultDate;

    /** The first import; {@code imported_at} moves with each new version, and lateness is judged by the first. */
    @Column(name = "first_imported_at", nullable = false)
    private Instant firstImportedAt;

    /** When the student and every consenting guardian could first see it; null until then. */
    @Column(name = "visible_at")
    private Instant visibleAt;

    public LocalDate getResultDate() {
        return resultDate;
    }

    public Instant getFirstImportedAt() {
        return firstImportedAt;
    }

    public Instant getVisibleAt() {
        return visibleAt;
    }

    protected void dated(LocalDate resultDate) {
        this.resultDate = resultDate;
    }

    @PrePersist
    void firstSeen() {
        if (firstImportedAt == null) {
            firstImportedAt = getImportedAt();
        }
    }
}
