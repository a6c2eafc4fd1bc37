package ru.ediary.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * HTTPS is the way in ({@link TransportPolicy}): a page asked for over plain HTTP is redirected to the same address
 * over HTTPS; a form posted over plain HTTP is refused rather than redirected (its content, perhaps a password, has
 * already crossed the network in the clear, and a redirect would only send it again). The SOAP exchange applies the
 * same policy in its own gate (as SOAP Faults); {@code /health} stays reachable for a load balancer's plain checks.
 */
@WebFilter(urlPatterns = "/*")
public class HttpsGate extends HttpFilter {

    @Inject
    TransportPolicy policy;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // the SOAP services answer plain HTTP with a SOAP fault of their own (ExchangeGate)
        if (policy.admits(request) || path.startsWith("/exchange/") || path.startsWith("/regional/")
                || path.equals("/health")
                || path.startsWith("/health/")) {
            chain.doFilter(request, response);
            return;
        }
        String method = request.getMethod();
        if ("GET".equals(method) || "HEAD".equals(method)) {
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", policy.httpsAddress(request));
            return;
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/plain; charset=UTF-8");
        response.getWriter().write("Электронный дневник принимает данные только по HTTPS: "
                + policy.httpsAddress(request));
    }
}
