package ru.ediary.family.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;
import ru.ediary.family.model.ConfirmationCodeSender;
import ru.ediary.family.model.ContactPoint;

/** Interim local sink for confirmation codes until the delivery outbox sends them; writes them to the server log. */
@ApplicationScoped
public class ServerLogConfirmationCodes implements ConfirmationCodeSender {

    private static final Logger LOG = Logger.getLogger(ServerLogConfirmationCodes.class.getName());

    @Override
    public void send(ContactPoint contact, String code) {
        LOG.info(() -> "confirmation code for " + contact.getChannel() + " " + contact.getAddress() + ": " + code);
    }
}
