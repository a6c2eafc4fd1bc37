package ru.ediary.delivery.model;

import java.util.EnumSet;
import java.util.Set;
import ru.ediary.family.model.DeliveryChannel;

/** What a message to a guardian is about; guardians choose per channel which kinds they get. */
public enum NotificationKind {
    MARK(true),
    FINAL_GRADE(true),
    EXAM_RESULT(true),
    DEFERRAL(true),
    TIMETABLE_CHANGE(true),
    CONTROL_WORK(true),
    RECOMMENDATION(true),
    WEEKLY_SUMMARY(false),
    FORECAST(false),
    /** Never chosen away and never held back: the code is how a guardian proves an address. */
    CONFIRMATION_CODE(true);

    /** SMS costs money and attention: by default only what cannot wait a day goes there. */
    private static final Set<NotificationKind> SMS_DEFAULT = EnumSet.of(FINAL_GRADE, EXAM_RESULT, TIMETABLE_CHANGE,
            CONFIRMATION_CODE);

    private final boolean immediate;

    NotificationKind(boolean immediate) {
        this.immediate = immediate;
    }

    public boolean isImmediate() {
        return immediate;
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
