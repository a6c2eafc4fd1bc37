package ru.ediary.family.model;

/**
 * Sends a one-time confirmation code to a contact at once (never held back by quiet hours or consent: the code is
 * how a guardian proves the address is theirs). The delivery context implements it; it depends on this context,
 * so the dependency points this way through the interface.
 */
public interface ConfirmationCodeSender {

    /** Must join the caller's transaction, so a code exists to be sent exactly when its confirmation row does. */
    void send(ContactPoint contact, String code);
}
