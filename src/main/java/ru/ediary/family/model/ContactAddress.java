package ru.ediary.family.model;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The canonical form of an e-mail address or a Russian mobile number as it is stored and used: an address in lower
 * case, a phone as +7XXXXXXXXXX (written 8 (9xx) xxx-xx-xx, +7 9xx …, 9xx… are all accepted). Anything else is
 * refused, because a message to a mistyped address would carry a child's data to a stranger.
 */
public final class ContactAddress {

    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");
    private static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s()\\-]");

    private ContactAddress() {
    }

    public static Optional<String> canonical(ContactChannel channel, String written) {
        if (written == null) {
            return Optional.empty();
        }
        String trimmed = written.trim();
        return channel == ContactChannel.EMAIL ? email(trimmed) : phone(trimmed);
    }

    private static Optional<String> email(String written) {
        if (written.length() > 254 || !EMAIL.matcher(written).matches() || written.contains("..")) {
            return Optional.empty();
        }
        return Optional.of(written.toLowerCase(Locale.ROOT));
    }

    private static Optional<String> phone(String written) {
        String digits = PHONE_SEPARATORS.matcher(written).replaceAll("");
        if (digits.startsWith("+7")) {
            digits = digits.substring(2);
        } else if (digits.length() == 11 && (digits.startsWith("8") || digits.startsWith("7"))) {
            digits = digits.substring(1);
        }
        if (digits.length() != 10 || !digits.chars().allMatch(Character::isDigit) || digits.charAt(0) != '9') {
            return Optional.empty();
        }
        return Optional.of("+7" + digits);
    }
}
