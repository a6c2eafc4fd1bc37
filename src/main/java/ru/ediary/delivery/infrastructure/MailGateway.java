package ru.ediary.delivery.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;
import ru.ediary.delivery.model.DeliveryFailure;
import ru.ediary.delivery.model.MailLayout;
import ru.ediary.delivery.model.MessageGateway;
import ru.ediary.delivery.model.OutgoingMessage;
import ru.ediary.delivery.model.SendableAddress;
import ru.ediary.family.model.DeliveryChannel;
import ru.ediary.platform.Sha256;

/**
 * E-mail through Jakarta Mail and Liberty's {@code mailSession mail/ediary} (host, port, TLS, user, password and
 * sender from server variables): multipart/alternative, plain text and HTML, UTF-8, a Russian subject. Without a
 * configured host it writes .eml files to the local sink instead.
 */
@ApplicationScoped
public class MailGateway implements MessageGateway {

    @Resource(lookup = "mail/ediary")
    Session session;

    @Inject
    LocalSink sink;

    @Override
    public DeliveryChannel channel() {
        return DeliveryChannel.EMAIL;
    }

    private static String host() {
        return GatewaySettings.text("mail/host", "");
    }

    @Override
    public String describe() {
        return host().isEmpty() ? "локальный каталог " + sink.folder().resolve("email").toAbsolutePath()
                : "SMTP " + host() + ":" + GatewaySettings.text("mail/port", "25");
    }

    @Override
    public String send(OutgoingMessage outgoing) throws DeliveryFailure {
        SendableAddress.email(outgoing.recipient());
        MimeMessage mail;
        try {
            mail = compose(outgoing);
        } catch (AddressException e) {
            throw DeliveryFailure.permanent("адрес электронной почты «" + outgoing.recipient()
                    + "» недействителен: " + e.getMessage());
        } catch (MessagingException e) {
            throw DeliveryFailure.permanent("письмо не удалось составить: " + e.getMessage());
        }
        if (host().isEmpty()) {
            return sink.write("email", outgoing.id() + ".eml", out -> {
                try {
                    mail.writeTo(out);
                } catch (MessagingException e) {
                    throw new java.io.IOException(e);
                }
            });
        }
        try {
            Transport.send(mail);
            return mail.getMessageID();
        } catch (SendFailedException e) {
            Address[] invalid = e.getInvalidAddresses();
            if (invalid != null && invalid.length > 0 && (e.getValidSentAddresses() == null
                    || e.getValidSentAddresses().length == 0) && (e.getValidUnsentAddresses() == null
                    || e.getValidUnsentAddresses().length == 0)) {
                throw DeliveryFailure.permanent("SMTP-сервер не принял адрес " + Arrays.stream(invalid)
                        .map(Address::toString).collect(Collectors.joining(", ")) + ": " + e.getMessage());
            }
            throw DeliveryFailure.temporary("SMTP-сервер " + describe() + " не принял письмо: " + e.getMessage(), e);
        } catch (MessagingException e) {
            throw DeliveryFailure.temporary("SMTP-сервер " + describe() + " недоступен: " + rootMessage(e), e);
        }
    }

    private MimeMessage compose(OutgoingMessage outgoing) throws MessagingException {
        String messageId = "<" + digest(outgoing.messageKey()) + "." + outgoing.id() + "@ediary>";
        MimeMessage mail = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                // the same message keeps the same Message-ID on every attempt, so receiving servers can tell a resend
                setHeader("Message-ID", messageId);
            }
        };
        String from = GatewaySettings.text("mail/from", "");
        if (from.isEmpty()) {
            mail.setFrom();
        } else {
            mail.setFrom(new InternetAddress(from, true));
        }
        mail.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(outgoing.recipient(), true));
        mail.setSubject(outgoing.subject(), StandardCharsets.UTF_8.name());
        MimeBodyPart text = new MimeBodyPart();
        text.setText(outgoing.body(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(MailLayout.html(outgoing.subject(), outgoing.body()), StandardCharsets.UTF_8.name(), "html");
        MimeMultipart alternative = new MimeMultipart("alternative", text, html);
        mail.setContent(alternative);
        mail.setHeader("Content-Language", "ru");
        mail.saveChanges();
        return mail;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == failure ? String.valueOf(failure.getMessage())
                : failure.getMessage() + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }

    private static String digest(String key) {
        return Sha256.hex(key).substring(0, 24);
    }
}
