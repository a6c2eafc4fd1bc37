package ru.ediary.simulator;

import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.WebServiceException;
import jakarta.xml.ws.handler.Handler;
import jakarta.xml.ws.soap.SOAPFaultException;
import java.net.MalformedURLException;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import ru.ediary.interfaces.exchange.contract.BatchReceipt;
import ru.ediary.interfaces.exchange.contract.ExchangeFault;
import ru.ediary.interfaces.exchange.contract.GetReceipt;
import ru.ediary.interfaces.exchange.contract.JournalExchange;
import ru.ediary.interfaces.exchange.contract.JournalExchangeService;
import ru.ediary.interfaces.exchange.contract.Reconcile;
import ru.ediary.interfaces.exchange.contract.ReconcileResponse;
import ru.ediary.interfaces.exchange.contract.RecordKindLabel;
import ru.ediary.interfaces.exchange.contract.SubmitBatch;

/**
 * The simulated journal's side of the exchange: a client generated from the WSDL (read from the server, as a
 * journal would), a port per parallel request, each request signed with a WS-Security UsernameToken. A batch whose answer
 * was lost in transport is submitted again under the same batchId, which the contract makes safe: eDiary answers
 * with the stored receipt, finishes what was cut short, or says the batch is still in progress, and then the
 * receipt is asked for until it is ready.
 */
final class ExchangeClient {

    private static final int CONNECT_TIMEOUT_MS = 30_000;
    private static final int REQUEST_TIMEOUT_MS = (int) Duration.ofMinutes(60).toMillis();
    private static final int ATTEMPTS = 3;
    private static final Duration RECEIPT_PATIENCE = Duration.ofMinutes(60);

    private final String endpoint;
    private final String user;
    private final String password;
    private final JournalExchangeService service;
    private final BlockingQueue<JournalExchange> ports = new LinkedBlockingQueue<>();

    /** A client with {@code parallel} ports, made up front so that making them is not counted as sending. */
    ExchangeClient(String baseUrl, String user, String password, int parallel) {
        try {
            URL base = new URL(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
            this.endpoint = new URL(base, "exchange/JournalExchange").toString();
            this.user = user;
            this.password = password;
            this.service = new JournalExchangeService(new URL(endpoint + "?wsdl"));
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("not a URL: " + baseUrl, e);
        }
        for (int i = 0; i < parallel; i++) {
            ports.add(newPort());
        }
    }

    String endpoint() {
        return endpoint;
    }

    BatchReceipt submit(SubmitBatch batch) throws ExchangeFault, InterruptedException {
        WebServiceException lost = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                return withPort(port -> port.submitBatch(batch).getReceipt());
            } catch (ExchangeFault fault) {
                if (!"BATCH_IN_PROGRESS".equals(code(fault))) {
                    throw fault;
                }
                return awaitReceipt(batch.getBatchId());
            } catch (SOAPFaultException refused) {
                throw refused;
            } catch (WebServiceException transport) {
                lost = transport;
                Thread.sleep(2000L * attempt);
            }
        }
        throw lost;
    }

    ReconcileResponse reconcile(RecordKindLabel kind) throws ExchangeFault, InterruptedException {
        Reconcile request = new Reconcile();
        request.setKind(kind);
        return withPort(port -> port.reconcile(request));
    }

    static String code(ExchangeFault fault) {
        return fault.getFaultInfo() == null ? null : fault.getFaultInfo().getCode();
    }

    private BatchReceipt awaitReceipt(String batchId) throws ExchangeFault, InterruptedException {
        long deadline = System.nanoTime() + RECEIPT_PATIENCE.toNanos();
        GetReceipt request = new GetReceipt();
        request.setBatchId(batchId);
        while (true) {
            try {
                return withPort(port -> port.getReceipt(request).getReceipt());
            } catch (ExchangeFault fault) {
                if (!"BATCH_IN_PROGRESS".equals(code(fault)) || System.nanoTime() > deadline) {
                    throw fault;
                }
                Thread.sleep(1000);
            }
        }
    }

    /** A call on a port of the pool (a JAX-WS port is not for several threads at once). */
    private <T> T withPort(PortCall<T> call) throws ExchangeFault, InterruptedException {
        JournalExchange port = ports.take();
        try {
            return call.on(port);
        } finally {
            ports.add(port);
        }
    }

    @FunctionalInterface
    private interface PortCall<T> {
        T on(JournalExchange port) throws ExchangeFault;
    }

    @SuppressWarnings("rawtypes")
    private JournalExchange newPort() {
        JournalExchange port = service.getJournalExchangePort();
        BindingProvider binding = (BindingProvider) port;
        Map<String, Object> request = binding.getRequestContext();
        request.put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, endpoint);
        request.put("com.sun.xml.ws.connect.timeout", CONNECT_TIMEOUT_MS);
        request.put("com.sun.xml.ws.request.timeout", REQUEST_TIMEOUT_MS);
        List<Handler> chain = binding.getBinding().getHandlerChain();
        chain.add(new UsernameToken(user, password));
        binding.getBinding().setHandlerChain(chain);
        return port;
    }
}
