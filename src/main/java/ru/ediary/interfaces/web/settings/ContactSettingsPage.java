package ru.ediary.interfaces.web.settings;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.ediary.family.application.ContactBook;
import ru.ediary.family.application.DeliveryChoices;
import ru.ediary.family.model.ConfirmationOutcome;
import ru.ediary.family.model.ContactChannel;
import ru.ediary.family.model.DeliveryChannel;
import ru.ediary.family.model.QuietHours;
import ru.ediary.interfaces.web.PageMessages;
import ru.ediary.interfaces.web.SignedIn;
import ru.ediary.platform.Refusal;

/**
 * The guardian's own contacts (an address entered here is used only after the code sent to it is typed back),
 * chosen channels and quiet hours.
 */
@Named
@ViewScoped
public class ContactSettingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ContactBook contacts;

    @Inject
    DeliveryChoices choices;

    @Inject
    OwnGuardian guardian;

    @Inject
    SignedIn signedIn;

    private DeliveryChoices.Settings settings;
    private ContactChannel channel = ContactChannel.EMAIL;
    private String address;
    private final Map<Long, String> codes = new HashMap<>();
    private DeliveryChannel[] chosen;
    private LocalTime quietFrom;
    private LocalTime quietTo;

    public void load() {
        if (settings == null && guardian.id() != null) {
            refresh();
            chosen = settings.getChosen().toArray(DeliveryChannel[]::new);
            QuietHours quiet = settings.getPlan().getQuietHours();
            quietFrom = quiet.isNone() ? null : quiet.from();
            quietTo = quiet.isNone() ? null : quiet.to();
        }
    }

    public void addContact() {
        try {
            contacts.requestInCabinet(guardian.id(), channel, address, signedIn.getLogin(), signedIn.remoteAddress());
            PageMessages.done(channel == ContactChannel.EMAIL ? "settings.code.sentEmail" : "settings.code.sentSms");
            address = null;
            refresh();
        } catch (Refusal refusal) {
            PageMessages.refused(refusal);
        }
    }

    public void confirm(long contactId) {
        try {
            ConfirmationOutcome outcome = contacts.confirm(guardian.id(), contactId, codes.get(contactId),
                    signedIn.getLogin(), signedIn.remoteAddress());
            if (outcome == ConfirmationOutcome.CONFIRMED) {
                PageMessages.done("settings.code.CONFIRMED");
            } else {
                PageMessages.error("settings.code." + outcome);
            }
            codes.remove(contactId);
            refresh();
        } catch (Refusal refusal) {
            PageMessages.refused(refusal);
        }
    }

    public void resend(long contactId, String channelName, String contactAddress) {
        try {
            contacts.requestInCabinet(guardian.id(), ContactChannel.valueOf(channelName), contactAddress,
                    signedIn.getLogin(), signedIn.remoteAddress());
            PageMessages.done("settings.code.resent");
            refresh();
        } catch (Refusal refusal) {
            PageMessages.refused(refusal);
        }
    }

    public void remove(long contactId) {
        try {
            contacts.removeInCabinet(guardian.id(), contactId, signedIn.getLogin(), signedIn.remoteAddress());
            PageMessages.done("contact.removed");
            refresh();
        } catch (Refusal refusal) {
            PageMessages.refused(refusal);
        }
    }

    public void saveChoices() {
        if ((quietFrom == null) != (quietTo == null)) {
            PageMessages.error("preferences.quiet.bothEnds");
            return;
        }
        Set<DeliveryChannel> channels = chosen == null || chosen.length == 0 ? Set.of() : EnumSet.copyOf(List.of(chosen));
        try {
            choices.chooseInCabinet(guardian.id(), channels,
                    quietFrom == null ? QuietHours.NONE : new QuietHours(quietFrom, quietTo), signedIn.getLogin(),
                    signedIn.remoteAddress());
            PageMessages.done("preferences.saved");
            refresh();
        } catch (Refusal refusal) {
            PageMessages.refused(refusal);
        }
    }

    private void refresh() {
        settings = choices.settings(guardian.id());
    }

    public DeliveryChoices.Settings getSettings() {
        return settings;
    }

    public ContactChannel[] getChannels() {
        return ContactChannel.values();
    }

    public DeliveryChannel[] getDeliveryChannels() {
        return DeliveryChannel.values();
    }

    public Map<Long, String> getCodes() {
        return codes;
    }

    public ContactChannel getChannel() {
        return channel;
    }

    public void setChannel(ContactChannel channel) {
        this.channel = channel;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
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
