package ru.ediary.family.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A channel a guardian chose to receive information by; several may be chosen. */
@Entity
@Table(name = "delivery_preference")
public class DeliveryPreference extends GuardianFact {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DeliveryChannel channel;

    protected DeliveryPreference() {
    }

    public DeliveryPreference(Guardian guardian, DeliveryChannel channel) {
        super(guardian);
        this.channel = channel;
    }

    public DeliveryChannel getChannel() {
        return channel;
    }
}
