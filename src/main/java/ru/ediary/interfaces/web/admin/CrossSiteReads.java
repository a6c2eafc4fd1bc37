package ru.ediary.interfaces.web.admin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Staff pages record who read whose data (a guardian's card, a message). A link on another site, opened by a signed-in
 * member of staff, would otherwise make such an entry in their name without their intent; so a page of the office
 * opened from another site ({@code Sec-Fetch-Site: cross-site}, which browsers set and pages cannot) leads to the
 * office's start page instead, where nothing personal is read.
 */
@WebFilter(urlPatterns = "/admin/*")
public class CrossSiteReads extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if ("cross-site".equals(request.getHeader("Sec-Fetch-Site")) && !"/admin/index.xhtml".equals(path)) {
            response.sendRedirect(request.getContextPath() + "/admin/index.xhtml");
            return;
        }
        chain.doFilter(request, response);
    }
}
