package ru.ediary.platform;

import java.util.List;

/**
 * A request eDiary turns down because of what was asked, not because of a fault: a phone number in the wrong format,
 * a paper consent dated in the future, a student of another school. It carries a message key of the pages' bundle
 * (and its arguments) so the form can say exactly what is wrong; nothing was changed.
 */
public class Refusal extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    public Refusal(String messageKey, Object... arguments) {
        super(messageKey + " " + List.of(arguments));
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
