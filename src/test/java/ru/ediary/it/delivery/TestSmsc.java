package ru.ediary.it.delivery;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsmpp.PDUStringException;
import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.BroadcastSmResult;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QueryBroadcastSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.SubmitMultiResult;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.util.MessageId;

/**
 * A small SMSC for the tests, built on jsmpp's server side: accepts binds with the configured system id and
 * password, keeps every submit_sm, answers with a message id, and rejects numbers it was told to reject with
 * ESME_RSUBMITFAIL — as a real SMSC refuses a number it cannot route.
 */
final class TestSmsc implements ServerMessageReceiverListener, AutoCloseable {

    static final int SUBMIT_FAILED = 0x45;

    /** One submit_sm as received. */
    record Submitted(String destination, byte dataCoding, boolean udhi, byte[] shortMessage, String messageId) {
    }

    private final SMPPServerSessionListener listener;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<Submitted> received = new CopyOnWriteArrayList<>();
    private final Set<String> rejected;
    private final AtomicInteger ids = new AtomicInteger(1000);
    private volatile boolean open = true;

    TestSmsc(int port, Set<String> rejectedDestinations) throws IOException {
        this.rejected = rejectedDestinations;
        listener = new SMPPServerSessionListener(port);
        listener.setTimeout(500);
        listener.setMessageReceiverListener(this);
        threads.submit(this::acceptLoop);
    }

    private void acceptLoop() {
        while (open) {
            try {
                SMPPServerSession session = listener.accept();
                threads.submit(() -> bind(session));
            } catch (SocketTimeoutException idle) {
                // look at `open` again
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void bind(SMPPServerSession session) {
        try {
            BindRequest request = session.waitForBind(5000);
            if ("ediary".equals(request.getSystemId()) && "secret".equals(request.getPassword())) {
                request.accept("test-smsc");
            } else {
                request.reject(0x0E); // ESME_RINVPASWD
            }
        } catch (Exception e) {
            session.close();
        }
    }

    List<Submitted> received() {
        return List.copyOf(received);
    }

    List<Submitted> to(String destination) {
        return received.stream().filter(s -> s.destination().equals(destination)).toList();
    }

    /** The texts sent to {@code destination}, concatenated parts joined by their UDH reference. */
    List<String> textsTo(String destination) {
        Map<Integer, List<Submitted>> byReference = new HashMap<>();
        List<String> texts = new ArrayList<>();
        for (Submitted part : to(destination)) {
            if (!part.udhi()) {
                texts.add(ucs2(part.shortMessage(), 0));
                continue;
            }
            byte[] sm = part.shortMessage();
            int reference = sm[3] & 0xff;
            List<Submitted> parts = byReference.computeIfAbsent(reference, r -> new ArrayList<>());
            parts.add(part);
            if (parts.size() == (sm[4] & 0xff)) {
                StringBuilder text = new StringBuilder();
                parts.stream().sorted(java.util.Comparator.comparingInt(p -> p.shortMessage()[5] & 0xff))
                        .forEach(p -> text.append(ucs2(p.shortMessage(), (p.shortMessage()[0] & 0xff) + 1)));
                texts.add(text.toString());
            }
        }
        return texts;
    }

    private static String ucs2(byte[] bytes, int offset) {
        return new String(bytes, offset, bytes.length - offset, java.nio.charset.StandardCharsets.UTF_16BE);
    }

    @Override
    public SubmitSmResult onAcceptSubmitSm(SubmitSm submitSm, SMPPServerSession source)
            throws ProcessRequestException {
        if (rejected.contains(submitSm.getDestAddress())) {
            throw new ProcessRequestException("no route to " + submitSm.getDestAddress(), SUBMIT_FAILED);
        }
        String id = "smsc-" + ids.incrementAndGet();
        received.add(new Submitted(submitSm.getDestAddress(), submitSm.getDataCoding(), submitSm.isUdhi(),
                submitSm.getShortMessage(), id));
        try {
            return new SubmitSmResult(new MessageId(id), null);
        } catch (PDUStringException e) {
            throw new ProcessRequestException(e.getMessage(), 0x08);
        }
    }

    @Override
    public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti submitMulti, SMPPServerSession source)
            throws ProcessRequestException {
        throw new ProcessRequestException("not supported", 0x03);
    }

    @Override
    public QuerySmResult onAcceptQuerySm(QuerySm querySm, SMPPServerSession source) throws ProcessRequestException {
        throw new ProcessRequestException("not supported", 0x03);
    }

    @Override
    public void onAcceptReplaceSm(ReplaceSm replaceSm, SMPPServerSession source) throws ProcessRequestException {
        throw new ProcessRequestException("not supported", 0x03);
    }

    @Override
    public void onAcceptCancelSm(CancelSm cancelSm, SMPPServerSession source) throws ProcessRequestException {
        throw new ProcessRequestException("not supported", 0x03);
    }

    @Override
    public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm broadcastSm, SMPPServerSession source)
            throws ProcessRequestException {
        throw new ProcessRequestException("not supported", 0x03);
    }

    @Override
    public void onAcceptCancelBroadcastSm(CancelBroadcastSm cancelBroadcastSm, SMPPServerSession source)
            throws ProcessRequestException {
        throw new ProcessRequestException("not supported", 0x03);
    }

    @Override
    public QueryBroadcastSmResult onAcceptQueryBroadcastSm(QueryBroadcastSm queryBroadcastSm,
                                                           SMPPServerSession source) throws ProcessRequestException {
        throw new ProcessRequestException("not supported", 0x03);
    }

    @Override
    public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
        throw new ProcessRequestException("not supported", 0x03);
    }

    @Override
    public void close() throws IOException {
        open = false;
        listener.close();
        threads.shutdownNow();
    }
}
