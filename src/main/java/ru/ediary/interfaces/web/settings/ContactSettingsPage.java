package ru.ediary.interfaces.web.settings;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import ru.ediary.family.application.ContactBook;
import ru.ediary.family.application.DeliveryChoices;
import ru.ediary.family.model.ConfirmationOutcome;
import ru.ediary.family.model.ContactChannel;
import ru.ediary.family.model.DeliveryChannel;
import ru.ediary.interfaces.web.ChannelChoiceForm;
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
    private final ChannelChoiceForm choice = new ChannelChoiceForm();

    public void load() {
        if (settings == null && guardian.id() != null) {
            refresh();
            choice.show(settings.getChosen(), settings.getPlan());
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
        if (!choice.isComplete()) {
            return;
        }
        try {
            choices.chooseInCabinet(guardian.id(), choice.channels(), choice.quietHours(), signedIn.getLogin(),
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

    public ChannelChoiceForm getChoice() {
        return choice;
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






}
