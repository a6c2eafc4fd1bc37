package ru.ediary.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import ru.ediary.delivery.application.ExtractVerdict;
import ru.ediary.delivery.application.PaperExtracts;

/**
 * {@code /verify/<code>}, the address in a paper extract's QR code: public, no sign-in. Shows (page verify.xhtml) the
 * school, number and date of issue and whether the document is genuine — never a name or a mark. Rate-limited per
 * client address (HTTP 429 beyond {@link VerifyThrottle#LIMIT} a minute); an unknown code answers 404.
 */
@WebServlet("/verify/*")
public class VerifyServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String VERDICT = "extractVerdict";

    @Inject
    PaperExtracts extracts;

    @Inject
    VerifyThrottle throttle;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (!throttle.admit(request.getRemoteAddr())) {
            response.setHeader("Retry-After", "60");
            response.sendError(429, "Слишком много запросов: попробуйте через минуту");
            return;
        }
        String path = request.getPathInfo();
        String code = path == null ? "" : path.substring(1).trim().toUpperCase(java.util.Locale.ROOT);
        ExtractVerdict verdict = extracts.verify(code);
        request.setAttribute(VERDICT, verdict);
        response.setHeader("Cache-Control", "no-store");
        if (!verdict.found()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        request.getRequestDispatcher("/verify.xhtml").forward(request, response);
    }
}
