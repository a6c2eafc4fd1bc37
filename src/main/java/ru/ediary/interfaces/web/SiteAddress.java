package ru.ediary.interfaces.web;

import jakarta.servlet.http.HttpServletRequest;

/** This server's address as a request reached it, for links printed on paper (the extract's QR code). */
public final class SiteAddress {

    private SiteAddress() {
    }

    /** «https://host:9443/ediary»: scheme, host, port and context root of {@code request}. */
    public static String of(HttpServletRequest request) {
        String url = request.getRequestURL().toString();
        return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath();
    }
}
