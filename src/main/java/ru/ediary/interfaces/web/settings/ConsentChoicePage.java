package ru.ediary.interfaces.web.settings;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.ediary.family.application.ConsentRegister;
import ru.ediary.family.application.DeliveryChoices;
import ru.ediary.interfaces.web.PageMessages;
import ru.ediary.interfaces.web.SignedIn;
import ru.ediary.platform.Refusal;

/** The guardian gives consent to the processing of personal data in the cabinet, or withdraws it. */
@Named
@RequestScoped
public class ConsentChoicePage {

    @Inject
    ConsentRegister consents;

    @Inject
    DeliveryChoices choices;

    @Inject
    OwnGuardian guardian;

    @Inject
    SignedIn signedIn;

    private DeliveryChoices.Settings settings;
    private boolean textRead;
    private boolean withdrawalUnderstood;

    public DeliveryChoices.Settings getSettings() {
        if (settings == null && guardian.id() != null) {
            settings = choices.settings(guardian.id());
        }
        return settings;
    }

    public String getTextVersion() {
        return ConsentRegister.CURRENT_TEXT_VERSION;
    }

    public void give() {
        if (!textRead) {
            PageMessages.error("consent.give.readFirst");
            return;
        }
        act(() -> consents.giveInCabinet(guardian.id(), signedIn.getLogin(), signedIn.remoteAddress()),
                "consent.give.done");
    }

    public void withdraw() {
        if (!withdrawalUnderstood) {
            PageMessages.error("consent.withdraw.confirmFirst");
            return;
        }
        act(() -> consents.withdrawInCabinet(guardian.id(), signedIn.getLogin(), signedIn.remoteAddress()),
                "consent.withdraw.done");
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            settings = null;
            PageMessages.done(doneKey);
        } catch (Refusal refusal) {
            PageMessages.refused(refusal);
        }
    }

    public boolean isTextRead() {
        return textRead;
    }

    public void setTextRead(boolean textRead) {
        this.textRead = textRead;
    }

    public boolean isWithdrawalUnderstood() {
        return withdrawalUnderstood;
    }

    public void setWithdrawalUnderstood(boolean withdrawalUnderstood) {
        this.withdrawalUnderstood = withdrawalUnderstood;
    }
}
