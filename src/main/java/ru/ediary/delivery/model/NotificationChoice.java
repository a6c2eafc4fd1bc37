package ru.ediary.delivery.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import ru.ediary.family.model.DeliveryChannel;

/**
 * A guardian's choice about one kind of notification on one channel. Only choices that differ from the defaults
 * need a row, but a saved settings page stores every pair, so a later change of defaults does not surprise anyone.
 */
@Entity
@Table(name = "notification_choice")
public class NotificationChoice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_id", nullable = false)
    private long schoolId;

    @Column(name = "guardian_id", nullable = false)
    private long guardianId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DeliveryChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private NotificationKind kind;

    @Column(nullable = false)
    private boolean wanted;

    protected NotificationChoice() {
    }

    public NotificationChoice(long schoolId, long guardianId, DeliveryChannel channel, NotificationKind kind,
                              boolean wanted) {
        this.schoolId = schoolId;
        this.guardianId = guardianId;
        this.channel = channel;
        this.kind = kind;
        this.wanted = wanted;
    }

    public long getGuardianId() {
        return guardianId;
    }

    public DeliveryChannel getChannel() {
        return channel;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public boolean isWanted() {
        return wanted;
    }

    public void change(boolean wanted) {
        this.wanted = wanted;
    }
}
