package ru.ediary.delivery.model;

import java.util.EnumSet;
import java.util.Set;
import ru.ediary.family.model.DeliveryChannel;

/** What a message to a guardian is about; guardians choose per channel which kinds they get. */
public enum NotificationKind {
    MARK,
    FINAL_GRADE,
    EXAM_RESULT,
    DEFERRAL,
    TIMETABLE_CHANGE,
    CONTROL_WORK,
    RECOMMENDATION,
    WEEKLY_SUMMARY,
    FORECAST,
    /** Never chosen away and never held back: the code is how a guardian proves an address. */
    CONFIRMATION_CODE;

    /** SMS costs money and attention: by default only what cannot wait a day goes there. */
    private static final Set<NotificationKind> SMS_DEFAULT = EnumSet.of(FINAL_GRADE, EXAM_RESULT, TIMETABLE_CHANGE,
            CONFIRMATION_CODE);

    /**
     * The order in which the outbox sends what is due, lowest first: a guardian waits at the screen for a code,
     * news of a day should not wait behind a region's Friday digests, and digests can.
     */
    public int priority() {
        return switch (this) {
            case CONFIRMATION_CODE -> 0;
            case WEEKLY_SUMMARY, FORECAST -> 2;
            default -> 1;
        };
    }

    /** Whether a guardian may switch this kind off (codes cannot be). */
    public boolean isChoosable() {
        return this != CONFIRMATION_CODE;
    }

    public boolean wantedByDefault(DeliveryChannel channel) {
        return channel == DeliveryChannel.EMAIL || channel == DeliveryChannel.SMS && SMS_DEFAULT.contains(this);
    }

    /** The kinds a guardian sees on the settings page, in its order. */
    public static Set<NotificationKind> choosable() {
        return EnumSet.complementOf(EnumSet.of(CONFIRMATION_CODE));
    }
}
