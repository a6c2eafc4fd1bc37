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
 * Referer. The Content-Security-Policy forbids plug-ins, a foreign base address, forms posting elsewhere and any
 * framing. It does not restrict scripts yet: PrimeFaces writes its widgets' set-up as inline scripts, and its nonce
 * mode (primefaces.CSP) refuses every postback of a plain Faces form ("CSP nonce mismatch"), so a script policy waits
 * for the pages to be rebuilt on PrimeFaces components; this application's own pages carry no inline script or
 * handler (resources/js/ediary.js). Static files (styles, scripts) alone may be cached: they hold nothing personal.
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
            // The pages are Russian: Content-Language ru, not the server's default. Setting a locale also sets the
            // charset the server maps to it (ISO-8859-5 for ru), so UTF-8, which every page is written in, follows.
            response.setLocale(RUSSIAN);
            response.setCharacterEncoding("UTF-8");
        }
        chain.doFilter(request, response);
    }

    private static boolean isStatic(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/resources/") || path.startsWith("/jakarta.faces.resource/");
    }
}
