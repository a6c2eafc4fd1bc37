package ru.ediary.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import ru.ediary.platform.LoopbackAddress;

/**
 * Whether a request may travel over plain HTTP (server variable {@code ediary.plainHttp}): {@code refused} (the
 * default, fail closed) sends browsers to HTTPS and refuses SOAP messages, whose UsernameToken carries a password
 * in the clear; {@code local} allows it from this machine only ({@code mvn liberty:run}, the test servers, a proxy on
 * the same host); {@code allowed} everywhere (a demo on a closed network, never production). Behind a reverse proxy
 * that ends TLS, Liberty's {@code <remoteIp>} (server variable {@code ediary.trustedProxies}) makes a request the proxy
 * received over HTTPS count as secure, and its client's address the one seen here.
 */
@ApplicationScoped
public class TransportPolicy {

    enum PlainHttp { REFUSED, LOCAL, ALLOWED }

    private PlainHttp plainHttp = PlainHttp.REFUSED;
    private String httpsPort = "443";

    @PostConstruct
    void read() {
        plainHttp = parse(lookup("ediary/plainHttp", "refused"));
        httpsPort = lookup("ediary/httpsPort", "443");
    }

    static PlainHttp parse(String value) {
        try {
            return PlainHttp.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return PlainHttp.REFUSED;
        }
    }

    /** Whether the request may be served as it came. */
    public boolean admits(HttpServletRequest request) {
        return admits(plainHttp, request.isSecure(), request.getRemoteAddr());
    }

    static boolean admits(PlainHttp plainHttp, boolean secure, String remoteAddress) {
        return secure || plainHttp == PlainHttp.ALLOWED || (plainHttp == PlainHttp.LOCAL && LoopbackAddress.is(remoteAddress));
    }

    /** The same address over HTTPS, for a redirect. */
    public String httpsAddress(HttpServletRequest request) {
        String host = request.getServerName();
        String authority = (host.contains(":") ? "[" + host + "]" : host) + ("443".equals(httpsPort) ? ""
                : ":" + httpsPort);
        String query = request.getQueryString();
        return "https://" + authority + request.getRequestURI() + (query == null ? "" : "?" + query);
    }

    private static String lookup(String name, String otherwise) {
        try {
            Object value = new InitialContext().lookup(name);
            return value == null || String.valueOf(value).isBlank() ? otherwise : String.valueOf(value);
        } catch (NamingException notConfigured) {
            return otherwise;
        }
    }
}
