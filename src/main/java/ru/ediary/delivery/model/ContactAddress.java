package ru.ediary.delivery.model;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether a stored address can be sent to at all. An address that fails here will fail on every retry, so its
 * message is dead at once with this reason instead of waiting through the backoff.
 */
public final class ContactAddress {

    /** Local part and domain with a dot, no spaces or a second «@»: what an SMTP server could route. */
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s<>(),;:\"\\[\\]]+@[^@\\s<>(),;:\"\\[\\]]+\\.[^@\\s<>(),;:\"\\[\\].]{2,}$");
    /** E.164: a plus, then 10–15 digits (Russian mobile numbers: +7 and 10 digits). */
    private static final Pattern PHONE = Pattern.compile("^\\+[1-9][0-9]{9,14}$");

    private ContactAddress() {
    }

    /** Why the e-mail address cannot be used; empty when it can. */
    public static Optional<String> emailProblem(String address) {
        if (address == null || address.isBlank()) {
            return Optional.of("адрес электронной почты не указан");
        }
        if (!EMAIL.matcher(address).matches() || address.contains("..")) {
            return Optional.of("адрес электронной почты «" + address + "» недействителен");
        }
        return Optional.empty();
    }

    /** The number in the form the SMSC takes (+ and digits, spaces, dashes and brackets removed), or a problem. */
    public static String phoneDigits(String number) throws DeliveryFailure {
        String compact = number == null ? "" : number.replaceAll("[\\s()\\-]", "");
        if (compact.startsWith("8") && compact.length() == 11) {
            compact = "+7" + compact.substring(1);
        }
        if (!PHONE.matcher(compact).matches()) {
            throw DeliveryFailure.permanent("номер телефона «" + number + "» недействителен: нужен номер в формате "
                    + "+7XXXXXXXXXX");
        }
        return compact.substring(1);
    }
}
