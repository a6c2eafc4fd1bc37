package ru.ediary.family.model;

import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import ru.ediary.school.model.School;

/**
 * Something eDiary itself records about a guardian — a consent decision, a contact, a chosen channel — rather
 * than receives from the journal. It belongs to the guardian's school.
 */
@MappedSuperclass
public abstract class GuardianFact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "school_id", nullable = false, updatable = false)
    private School school;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "guardian_id", nullable = false, updatable = false)
    private Guardian guardian;

    protected GuardianFact() {
    }

    protected GuardianFact(Guardian guardian) {
        this.school = guardian.getSchool();
        this.guardian = guardian;
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
}
