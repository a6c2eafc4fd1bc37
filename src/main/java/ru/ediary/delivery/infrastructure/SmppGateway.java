package ru.ediary.delivery.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jsmpp.InvalidResponseException;
import org.jsmpp.PDUException;
import org.jsmpp.bean.Alphabet;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ResponseTimeoutException;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.SMPPSession;
import ru.ediary.delivery.model.DeliveryFailure;
import ru.ediary.delivery.model.MessageGateway;
import ru.ediary.delivery.model.OutgoingMessage;
import ru.ediary.delivery.model.SendableAddress;
import ru.ediary.delivery.model.SmsSegments;
import ru.ediary.family.model.DeliveryChannel;

/**
 * SMS over SMPP 3.4 with jsmpp: binds as a transmitter to the SMSC named by server variables, submits the text in
 * UCS2 (as concatenated parts with a user data header when it is longer than 70 characters) and keeps the SMSC's
 * message ids. One bind per message keeps the worker stateless; the volumes of a school need no more. Without a
 * configured SMSC it writes the text to the local sink.
 */
@ApplicationScoped
public class SmppGateway implements MessageGateway {

    private static final int TIMEOUT_MILLIS = 15_000;

    @Inject
    LocalSink sink;

    @Override
    public DeliveryChannel channel() {
        return DeliveryChannel.SMS;
    }

    private static String host() {
        return GatewaySettings.text("smsc/host", "");
    }

    private static int port() {
        return GatewaySettings.number("smsc/port", 2775);
    }

    @Override
    public String describe() {
        return host().isEmpty() ? "локальный каталог " + sink.folder().resolve("sms").toAbsolutePath()
                : "SMSC " + host() + ":" + port();
    }

    @Override
    public String send(OutgoingMessage outgoing) throws DeliveryFailure {
        String destination = SendableAddress.smsDestination(outgoing.recipient());
        SmsSegments segments;
        try {
            segments = SmsSegments.of(outgoing.body(), ThreadLocalRandom.current().nextInt(256));
        } catch (IllegalArgumentException tooLong) {
            throw DeliveryFailure.permanent(tooLong.getMessage());
        }
        if (host().isEmpty()) {
            return sink.writeText("sms", outgoing.id() + ".txt", "To: +" + destination + "\nParts: "
                    + segments.parts().size() + "\n\n" + outgoing.body() + "\n");
        }
        SMPPSession session = new SMPPSession();
        session.setTransactionTimer(TIMEOUT_MILLIS);
        try {
            session.connectAndBind(host(), port(), new BindParameter(BindType.BIND_TX,
                    GatewaySettings.text("smsc/systemId", ""), GatewaySettings.text("smsc/password", ""),
                    GatewaySettings.text("smsc/systemType", ""), TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN,
                    null), TIMEOUT_MILLIS);
        } catch (IOException e) {
            session.close();
            throw DeliveryFailure.temporary("SMSC " + host() + ":" + port() + " недоступен или отказал в подключении: "
                    + e.getMessage(), e);
        }
        try {
            String source = GatewaySettings.text("smsc/sourceAddress", "eDiary");
            boolean alphanumeric = !source.matches("\\+?[0-9]+");
            ESMClass esm = segments.isConcatenated()
                    ? new ESMClass(MessageMode.DEFAULT, MessageType.DEFAULT, GSMSpecificFeature.UDHI)
                    : new ESMClass();
            List<String> ids = new ArrayList<>();
            for (byte[] part : segments.parts()) {
                ids.add(session.submitShortMessage("",
                        alphanumeric ? TypeOfNumber.ALPHANUMERIC : TypeOfNumber.INTERNATIONAL,
                        alphanumeric ? NumberingPlanIndicator.UNKNOWN : NumberingPlanIndicator.ISDN,
                        source.startsWith("+") ? source.substring(1) : source,
                        TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, destination, esm, (byte) 0, (byte) 1,
                        null, null, new RegisteredDelivery(SMSCDeliveryReceipt.DEFAULT), (byte) 0,
                        new GeneralDataCoding(Alphabet.ALPHA_UCS2), (byte) 0, part).getMessageId());
            }
            return String.join(",", ids);
        } catch (NegativeResponseException rejected) {
            throw DeliveryFailure.temporary("SMSC отклонил сообщение: command_status 0x"
                    + String.format("%08X", rejected.getCommandStatus()) + " (" + rejected.getMessage() + ")", rejected);
        } catch (PDUException e) {
            throw DeliveryFailure.permanent("SMS не удалось составить: " + e.getMessage());
        } catch (ResponseTimeoutException | InvalidResponseException | IOException e) {
            throw DeliveryFailure.temporary("SMSC " + host() + ":" + port() + " не ответил: " + e.getMessage(), e);
        } finally {
            session.unbindAndClose();
        }
    }
}
