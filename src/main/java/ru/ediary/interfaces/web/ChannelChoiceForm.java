package ru.ediary.interfaces.web;

import java.io.Serializable;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import ru.ediary.family.model.DeliveryChannel;
import ru.ediary.family.model.DeliveryPlan;
import ru.ediary.family.model.QuietHours;

/**
 * The channels-and-quiet-hours form, the same for the office (from a written application) and for the guardian in
 * the cabinet. A half-filled quiet-hours window is a mistake the form names, not something to guess at.
 */
public class ChannelChoiceForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private DeliveryChannel[] chosen;
    private LocalTime quietFrom;
    private LocalTime quietTo;

    /** Fills the form with what the guardian has now. */
    public void show(Set<DeliveryChannel> current, DeliveryPlan plan) {
        chosen = current.toArray(DeliveryChannel[]::new);
        QuietHours quiet = plan.getQuietHours();
        quietFrom = quiet.isNone() ? null : quiet.from();
        quietTo = quiet.isNone() ? null : quiet.to();
    }

    /** False (with a message on the page) when only one end of the quiet hours was given. */
    public boolean isComplete() {
        if ((quietFrom == null) != (quietTo == null)) {
            PageMessages.error("preferences.quiet.bothEnds");
            return false;
        }
        return true;
    }

    public Set<DeliveryChannel> channels() {
        return chosen == null || chosen.length == 0 ? Set.of() : EnumSet.copyOf(List.of(chosen));
    }

    public QuietHours quietHours() {
        return quietFrom == null ? QuietHours.NONE : new QuietHours(quietFrom, quietTo);
    }

    public DeliveryChannel[] getChosen() {
        return chosen;
    }

    public void setChosen(DeliveryChannel[] chosen) {
        this.chosen = chosen;
    }

    public LocalTime getQuietFrom() {
        return quietFrom;
    }

    public void setQuietFrom(LocalTime quietFrom) {
        this.quietFrom = quietFrom;
    }

    public LocalTime getQuietTo() {
        return quietTo;
    }

    public void setQuietTo(LocalTime quietTo) {
        this.quietTo = quietTo;
    }
}
