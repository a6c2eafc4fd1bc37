package ru.ediary.interfaces.exchange;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Refuses an exchange message over the configured size (server variable ediary.exchange.maxMessageBytes, 64 MiB by
 * default: comfortably above a batch of 50,000 records) with a SOAP Fault MESSAGE_TOO_LARGE, before the SOAP stack
 * parses any of it. A message that does not declare its length (chunked) is read up to the limit first: past it, it
 * gets the same fault; within it, the SOAP stack gets what was read.
 */
@WebFilter(urlPatterns = "/exchange/*")
public class MessageSizeLimit extends HttpFilter {

    static final long DEFAULT_LIMIT = 64L * 1024 * 1024;

    private long limit;

    @Override
    public void init() {
        limit = configuredLimit();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"POST".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > limit) {
            refuse(response, "the message has " + request.getContentLengthLong() + " bytes, at most " + limit
                    + " are accepted");
            return;
        }
        if (request.getContentLengthLong() >= 0) {
            chain.doFilter(request, response);
            return;
        }
        // No declared length: a stream cut off inside the SOAP stack would surface as an anonymous parser error
        // (soap:Server), so the body is read here, where passing the limit can still be answered properly.
        byte[] body = request.getInputStream().readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
        if (body.length > limit) {
            refuse(response, "the message has more than " + limit + " bytes, at most " + limit + " are accepted");
            return;
        }
        chain.doFilter(new Buffered(request, body), response);
    }

    private void refuse(HttpServletResponse response, String message) throws IOException {
        response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        response.setContentType("text/xml; charset=UTF-8");
        response.getOutputStream().write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><soap:Fault>"
                + "<faultcode>soap:Client</faultcode><faultstring>MESSAGE_TOO_LARGE: " + message + "</faultstring>"
                + "<detail><ex:exchangeFault xmlns:ex=\"" + ExchangeFaults.CONTRACT + "\"><ex:code>MESSAGE_TOO_LARGE"
                + "</ex:code><ex:message>" + message + "</ex:message></ex:exchangeFault></detail>"
                + "</soap:Fault></soap:Body></soap:Envelope>").getBytes(StandardCharsets.UTF_8));
    }

    private static long configuredLimit() {
        try {
            return Long.parseLong(String.valueOf(new InitialContext().lookup("ediary/exchange/maxMessageBytes")));
        } catch (NamingException | NumberFormatException notConfigured) {
            return DEFAULT_LIMIT;
        }
    }

    /** A request whose body was read ahead: it is served from memory, with its length now declared. */
    private static final class Buffered extends HttpServletRequestWrapper {

        private final byte[] body;

        Buffered(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    try {
                        listener.onDataAvailable();
                        listener.onAllDataRead();
                    } catch (IOException e) {
                        listener.onError(e);
                    }
                }
            };
        }
    }
}
