package ru.ediary.family.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalTime;

/** A guardian's quiet hours (one row per guardian; none means no quiet hours). */
@Entity
@Table(name = "delivery_schedule")
public class DeliverySchedule extends GuardianFact {

    @Column(name = "quiet_from", nullable = false)
    private LocalTime quietFrom;

    @Column(name = "quiet_to", nullable = false)
    private LocalTime quietTo;

    protected DeliverySchedule() {
    }

    public DeliverySchedule(Guardian guardian, QuietHours quietHours) {
        super(guardian);
        change(quietHours);
    }

    public QuietHours quietHours() {
        return new QuietHours(quietFrom, quietTo);
    }

    public void change(QuietHours quietHours) {
        this.quietFrom = quietHours.from();
        this.quietTo = quietHours.to();
    }
}
