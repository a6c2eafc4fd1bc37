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
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Refuses an exchange message over the configured size (server variable ediary.exchange.maxMessageBytes, 64 MiB by
 * default: comfortably above a batch of 50,000 records) with a SOAP Fault MESSAGE_TOO_LARGE, before the SOAP stack
 * parses any of it. A message that does not declare its length is cut off when it passes the limit.
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
            refuse(response, request.getContentLengthLong());
            return;
        }
        chain.doFilter(request.getContentLengthLong() >= 0 ? request : new Bounded(request, limit), response);
    }

    private void refuse(HttpServletResponse response, long size) throws IOException {
        String message = "the message has " + size + " bytes, at most " + limit + " are accepted";
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

    /** A request body that fails once it has delivered more than the limit. */
    private static final class Bounded extends HttpServletRequestWrapper {

        private final long limit;

        Bounded(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    count(b < 0 ? 0 : 1);
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = in.read(buffer, offset, length);
                    count(Math.max(n, 0));
                    return n;
                }

                private void count(int n) throws IOException {
                    read += n;
                    if (read > limit) {
                        throw new IOException("MESSAGE_TOO_LARGE: the message is over " + limit + " bytes");
                    }
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
    }
}
