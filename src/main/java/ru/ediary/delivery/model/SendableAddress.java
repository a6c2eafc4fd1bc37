package ru.ediary.delivery.model;

import ru.ediary.family.model.ContactAddress;
import ru.ediary.family.model.ContactChannel;

/**
 * Whether a stored address can be sent to, by the family context's own rule for addresses. Contacts are checked when
 * they are entered, but a row stored before that check (or by another path) may still hold a mistyped address: such a
 * message fails on every retry, so it is dead at once with this reason instead of waiting through the backoff.
 */
public final class SendableAddress {

    private SendableAddress() {
    }

    /** The address in its canonical form, or a permanent failure naming it. */
    public static String email(String address) throws DeliveryFailure {
        return ContactAddress.canonical(ContactChannel.EMAIL, address).orElseThrow(() -> DeliveryFailure.permanent(
                "адрес электронной почты «" + address + "» недействителен"));
    }

    /** The number as an SMSC takes it (international, digits only: 79XXXXXXXXX), or a permanent failure. */
    public static String smsDestination(String number) throws DeliveryFailure {
        return ContactAddress.canonical(ContactChannel.PHONE, number).map(n -> n.substring(1))
                .orElseThrow(() -> DeliveryFailure.permanent("номер телефона «" + number
                        + "» недействителен: нужен номер мобильного телефона в формате +7XXXXXXXXXX"));
    }
}
