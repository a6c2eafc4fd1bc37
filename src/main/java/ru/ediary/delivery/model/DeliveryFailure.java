package ru.ediary.delivery.model;

/**
 * A send that did not happen. Permanent failures (an address no server will ever accept) make the message dead at
 * once; the others (a server down, an SMSC refusing for now) are retried with backoff.
 */
public class DeliveryFailure extends Exception {

    private final boolean permanent;

    public DeliveryFailure(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    public static DeliveryFailure permanent(String message) {
        return new DeliveryFailure(message, true, null);
    }

    public static DeliveryFailure temporary(String message, Throwable cause) {
        return new DeliveryFailure(message, false, cause);
    }

    public boolean isPermanent() {
        return permanent;
    }
}
