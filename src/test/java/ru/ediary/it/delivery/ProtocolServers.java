package ru.ediary.it.delivery;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The real protocol servers the integration-test server sends to (pom.xml points it at these ports): GreenMail for
 * SMTP and {@link TestSmsc} for SMPP. They live in the test JVM, so only methods that run as a client use them.
 */
public final class ProtocolServers {

    static final int SMTP_PORT = Integer.getInteger("it.smtp.port", 3041);
    static final int SMSC_PORT = Integer.getInteger("it.smsc.port", 2781);
    /** A number the test SMSC refuses to route. */
    static final String UNROUTABLE = "79990000000";

    private static GreenMail mail;
    private static TestSmsc smsc;

    private ProtocolServers() {
    }

    public static synchronized void start() {
        if (mail == null) {
            startMail();
        }
        if (smsc == null) {
            try {
                smsc = new TestSmsc(SMSC_PORT, Set.of(UNROUTABLE));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static synchronized void startMail() {
        mail = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
    }

    /** "SMTP server down": nothing listens on the port until {@link #startMail()}. */
    static synchronized void stopMail() {
        mail.stop();
        mail = null;
    }

    public static synchronized List<MimeMessage> mailTo(String address) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> addressedTo(m, address)).toList();
    }

    static TestSmsc smsc() {
        return smsc;
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            Address[] to = message.getAllRecipients();
            return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
