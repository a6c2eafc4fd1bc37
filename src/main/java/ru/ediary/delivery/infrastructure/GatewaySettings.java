package ru.ediary.delivery.infrastructure;

import javax.naming.InitialContext;
import javax.naming.NamingException;

/** Server variables the gateways read, bound to JNDI entries {@code ediary/delivery/…} in server.xml. */
final class GatewaySettings {

    private GatewaySettings() {
    }

    static String text(String name, String fallback) {
        try {
            Object value = new InitialContext().lookup("ediary/delivery/" + name);
            return value == null ? fallback : String.valueOf(value).trim();
        } catch (NamingException notBound) {
            return fallback;
        }
    }

    static int number(String name, int fallback) {
        String value = text(name, "");
        try {
            return value.isEmpty() ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException notANumber) {
            return fallback;
        }
    }
}
