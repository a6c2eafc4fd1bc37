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
import ru.ediary.school.model.School;

/** A channel a guardian chose to receive information by; several may be chosen. */
@Entity
@Table(name = "delivery_preference")
public class DeliveryPreference {

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
    @Column(nullable = false, length = 16)
    private DeliveryChannel channel;

    protected DeliveryPreference() {
    }

    public DeliveryPreference(Guardian guardian, DeliveryChannel channel) {
        this.school = guardian.getSchool();
        this.guardian = guardian;
        this.channel = channel;
    }

    public Long getId() {
        return id;
    }

    public Guardian getGuardian() {
        return guardian;
    }

    public DeliveryChannel getChannel() {
        return channel;
    }
}
