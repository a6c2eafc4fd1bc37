package ru.ediary.interfaces.exchange;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import ru.ediary.identity.application.AccountRegistry;
import ru.ediary.identity.application.ServiceSignIn;
import ru.ediary.interfaces.web.TransportPolicy;
import ru.ediary.identity.application.SignInVerdict;

/**
 * What the SOAP services ({@link SoapService}: the journal exchange, regional reporting) check before the SOAP stack
 * reads a message, in the order that costs a stranger least:
 * <ol>
 * <li>the method: GET serves the WSDL (and a short page naming it instead of the SOAP stack's banner), POST carries
 * messages, anything else is 405;</li>
 * <li>the size (server variable ediary.exchange.maxMessageBytes): a declared length over it is refused at once; a
 * body without one (chunked) is counted while it streams to the SOAP stack, and passing the limit ends the request
 * with the fault MESSAGE_TOO_LARGE — the body is never held whole in memory here;</li>
 * <li>the media type: SOAP 1.1 is text/xml; application/soap+xml (SOAP 1.2) is a version mismatch, others 415;</li>
 * <li>the UsernameToken, read by a streaming parser from the message's start up to its Body (a DTD is refused) and
 * checked against eDiary's accounts ({@link ServiceSignIn}: a verified credential is not hashed again for a few
 * minutes); without it, wsse:FailedAuthentication, and nothing of the body has been parsed. The account must be the
 * service's kind: a journal account bound to a school for the exchange (otherwise FailedAuthentication, as always),
 * a regional authority's account bound to a region for regional reporting (otherwise ACCESS_DENIED).</li>
 * </ol>
 * The security handler then only validates the body against the schema for the caller left here.
 */
@WebFilter(urlPatterns = {"/exchange/*", "/regional/*"})
public class ExchangeGate extends HttpFilter {

    static final long DEFAULT_LIMIT = 64L * 1024 * 1024;
    /** The most read in search of the token before the Body starts; a real header is a few hundred bytes. */
    static final int HEADER_BUDGET = 256 * 1024;

    @Inject
    ServiceSignIn signIn;

    @Inject
    AccountRegistry accounts;

    @Inject
    TransportPolicy transport;

    private long limit;

    @Override
    public void init() {
        limit = configuredLimit();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SoapService service = SoapService.at(request.getServletPath());
        String method = request.getMethod();
        boolean plainRefused = !transport.admits(request);
        if (plainRefused && ("GET".equals(method) || "HEAD".equals(method))) {
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", transport.httpsAddress(request));
            return;
        }
        if (plainRefused && "POST".equals(method)) {
            // the UsernameToken carries the journal's password in the clear: never read it off plain HTTP
            ExchangeFaults.send(response, 500, ExchangeFaults.client(service, "TRANSPORT_NOT_SECURE",
                    "send the exchange over HTTPS: " + transport.httpsAddress(request)));
            return;
        }
        if ("GET".equals(method) || "HEAD".equals(method)) {
            if (request.getQueryString() == null) {
                describe(service, request, response);
            } else {
                chain.doFilter(request, response); // ?wsdl, ?xsd=…: the contract as authored
            }
            return;
        }
        if (!"POST".equals(method)) {
            response.setHeader("Allow", "GET, POST");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        if (request.getContentLengthLong() > limit) {
            tooLarge(service, response, "the message has " + request.getContentLengthLong() + " bytes");
            return;
        }
        String type = mediaType(request.getContentType());
        if ("application/soap+xml".equals(type)) {
            ExchangeFaults.send(response, 500, ExchangeFaults.versionMismatch(
                    "this service speaks SOAP 1.1: send text/xml with a SOAP 1.1 envelope"));
            return;
        }
        if (!"text/xml".equals(type)) {
            ExchangeFaults.send(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, ExchangeFaults.client(
                    service, "UNSUPPORTED_MEDIA_TYPE", "a SOAP 1.1 message is sent as text/xml, not " + type));
            return;
        }

        Counted counted = new Counted(request.getInputStream(), limit);
        BufferedInputStream message = new BufferedInputStream(counted, 16 * 1024);
        message.mark(HEADER_BUDGET + 1);
        Optional<UsernameToken> token;
        try {
            token = UsernameToken.read(new Budget(message, HEADER_BUDGET));
        } catch (UsernameToken.VersionMismatch mismatch) {
            ExchangeFaults.send(response, 500, ExchangeFaults.versionMismatch(mismatch.getMessage()));
            return;
        } catch (UsernameToken.Unreadable unreadable) {
            ExchangeFaults.send(response, 500,
                    ExchangeFaults.client(service, "MALFORMED_MESSAGE", unreadable.getMessage()));
            return;
        }
        Optional<SignInVerdict> verdict = token.map(t -> signIn.attempt(t.username(), t.password(),
                request.getRemoteAddr())).filter(SignInVerdict::accepted);
        token.ifPresent(t -> Arrays.fill(t.password(), '\0'));
        Optional<Object> caller = verdict.flatMap(v -> caller(service, v));
        if (caller.isEmpty()) {
            ExchangeFaults.send(response, 500, verdict.isEmpty() || service == SoapService.JOURNAL_EXCHANGE
                    ? ExchangeFaults.failedAuthentication()
                    : ExchangeFaults.client(service, "ACCESS_DENIED",
                            "the account is not a regional education authority's account bound to a region"));
            return;
        }
        message.reset();
        request.setAttribute(SoapService.CALLER, caller.get());

        Guarded guarded = new Guarded(response, counted);
        try {
            chain.doFilter(new Streamed(request, message), guarded);
        } catch (IOException | RuntimeException | ServletException e) {
            if (!counted.exceeded()) {
                throw e;
            }
        }
        if (counted.exceeded()) {
            tooLarge(service, response, "the message has more than " + limit + " bytes");
        }
    }

    /** Who an accepted account is to the service: a journal bound to a school, an authority bound to a region. */
    private Optional<Object> caller(SoapService service, SignInVerdict verdict) {
        if (!verdict.roles().contains(service.role)) {
            return Optional.empty();
        }
        return accounts.holder(verdict.login()).map(holder -> switch (service) {
            case JOURNAL_EXCHANGE -> holder.schoolId() == null ? null
                    : new ExchangeCaller(holder.login(), holder.schoolId(), holder.schoolCode());
            case REGIONAL_REPORTING -> holder.regionId() == null ? null
                    : new RegionalCaller(holder.login(), holder.regionId());
        });
    }

    private void tooLarge(SoapService service, HttpServletResponse response, String size) throws IOException {
        ExchangeFaults.send(response, 500, ExchangeFaults.client(service, "MESSAGE_TOO_LARGE",
                size + ", at most " + limit + " are accepted"));
    }

    /** A browser or a curious client opening the endpoint's address: what it is and where the contract is. */
    private static void describe(SoapService service, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String wsdl = request.getRequestURI() + "?wsdl";
        response.setContentType("text/html; charset=UTF-8");
        response.setHeader("Content-Language", "ru");
        response.getWriter().write("<!DOCTYPE html><html lang=\"ru\"><head><meta charset=\"UTF-8\">"
                + "<title>" + service.title + "</title></head><body>"
                + "<h1>" + service.title + " (SOAP 1.1)</h1>"
                + "<p>" + service.purpose + "</p>"
                + "<p>Описание сервиса: <a href=\"" + wsdl + "\">WSDL</a>.</p></body></html>");
    }

    private static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int parameters = contentType.indexOf(';');
        return (parameters < 0 ? contentType : contentType.substring(0, parameters)).trim().toLowerCase(Locale.ROOT);
    }

    private static long configuredLimit() {
        try {
            return Long.parseLong(String.valueOf(new InitialContext().lookup("ediary/exchange/maxMessageBytes")));
        } catch (NamingException | NumberFormatException notConfigured) {
            return DEFAULT_LIMIT;
        }
    }

    /** The request body as it streams, counted; past the limit it fails the read and remembers why. */
    static final class Counted extends InputStream {

        private final InputStream in;
        private final long limit;
        private long count;
        private volatile boolean exceeded;

        Counted(InputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        boolean exceeded() {
            return exceeded;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        private void add(int n) throws IOException {
            count += n;
            if (count > limit) {
                exceeded = true;
                throw new IOException("MESSAGE_TOO_LARGE: more than " + limit + " bytes");
            }
        }
    }

    /** Reads at most {@code budget} bytes of a stream, then reports its end. */
    static final class Budget extends InputStream {

        private final InputStream in;
        private int left;

        Budget(InputStream in, int budget) {
            this.in = in;
            this.left = budget;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = in.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = in.read(buffer, offset, Math.min(length, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }

        @Override
        public void close() {
            // the message stream is rewound and read again by the SOAP stack
        }
    }

    /** The request with its body served from the checked stream (rewound to its start). */
    private static final class Streamed extends HttpServletRequestWrapper {

        private final InputStream body;

        Streamed(HttpServletRequest request, InputStream body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            return new ServletInputStream() {
                private boolean finished;

                @Override
                public int read() throws IOException {
                    int b = body.read();
                    finished = b < 0;
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = body.read(buffer, offset, length);
                    finished = n < 0;
                    return n;
                }

                @Override
                public boolean isFinished() {
                    return finished;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("the exchange reads its messages blocking");
                }
            };
        }
    }

    /**
     * The response as the SOAP stack writes it, unless the message turned out too large while it was read: then
     * whatever the stack answers (a parser error of its own) is dropped, and the gate answers instead.
     */
    private static final class Guarded extends HttpServletResponseWrapper {

        private final Counted counted;

        Guarded(HttpServletResponse response, Counted counted) {
            super(response);
            this.counted = counted;
        }

        @Override
        public void setStatus(int status) {
            if (!counted.exceeded()) {
                super.setStatus(status);
            }
        }

        @Override
        public void setContentType(String type) {
            if (!counted.exceeded()) {
                super.setContentType(type);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if (!counted.exceeded()) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!counted.exceeded()) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            if (!counted.exceeded()) {
                super.sendError(status, message);
            }
        }

        @Override
        public void sendError(int status) throws IOException {
            if (!counted.exceeded()) {
                super.sendError(status);
            }
        }

        @Override
        public void flushBuffer() throws IOException {
            if (!counted.exceeded()) { // committing would fix the SOAP stack's status and headers
                super.flushBuffer();
            }
        }

        @Override
        public void setContentLength(int length) {
            if (!counted.exceeded()) {
                super.setContentLength(length);
            }
        }

        @Override
        public void setContentLengthLong(long length) {
            if (!counted.exceeded()) {
                super.setContentLengthLong(length);
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            ServletOutputStream real = super.getOutputStream();
            return new ServletOutputStream() {
                @Override
                public void write(int b) throws IOException {
                    if (!counted.exceeded()) {
                        real.write(b);
                    }
                }

                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    if (!counted.exceeded()) {
                        real.write(bytes, offset, length);
                    }
                }

                @Override
                public void flush() throws IOException {
                    if (!counted.exceeded()) {
                        real.flush();
                    }
                }

                @Override
                public boolean isReady() {
                    return real.isReady();
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    real.setWriteListener(listener);
                }
            };
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            return new PrintWriter(new java.io.OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8), true);
        }
    }
}
