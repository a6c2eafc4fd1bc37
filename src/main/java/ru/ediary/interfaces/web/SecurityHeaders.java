package ru.ediary.interfaces.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * The headers every answer carries. The pages show children's marks and their parents' contacts, so none of them
 * may be framed by another site, sniffed into another type, cached by a browser or proxy, or leak its address in a
 * Referer. Scripts: PrimeFaces (primefaces.CSP in web.xml) adds a policy of its own to every Faces page that allows
 * this application's files and the page's nonce and nothing inline; the policy here adds what that one does not
 * govern. Static files (styles, scripts) alone may be cached, as they hold nothing personal.
 */
@WebFilter(urlPatterns = "/*")
public class SecurityHeaders extends HttpFilter {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    static final String POLICY = "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        if (!isStatic(request)) {
            response.setHeader("Cache-Control", "no-store");
            response.setLocale(RUSSIAN); // the pages are Russian: Content-Language ru, not the server's default
        }
        chain.doFilter(request, response);
    }

    private static boolean isStatic(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/resources/") || path.startsWith("/jakarta.faces.resource/");
    }
}
