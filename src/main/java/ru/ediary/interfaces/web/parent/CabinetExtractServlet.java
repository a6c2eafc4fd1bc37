package ru.ediary.interfaces.web.parent;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import ru.ediary.delivery.application.ExtractRequest;
import ru.ediary.delivery.application.PaperExtracts;
import ru.ediary.identity.application.AccessDenied;
import ru.ediary.identity.application.AccountRegistry;
import ru.ediary.identity.application.CabinetAccess;
import ru.ediary.interfaces.web.PdfDownload;
import ru.ediary.interfaces.web.SiteAddress;
import ru.ediary.platform.Refusal;

/**
 * «Скачать выписку (PDF)» of the cabinet: {@code /parent/extract?student=42&period=7} gives a guardian with consent
 * the same numbered, registered extract staff would print. The child is admitted by {@link CabinetAccess} as on every
 * cabinet page: anyone else's child answers 403 after an audit entry.
 */
@WebServlet("/parent/extract")
public class CabinetExtractServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    CabinetAccess access;

    @Inject
    AccountRegistry accounts;

    @Inject
    PaperExtracts extracts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String login = request.getUserPrincipal().getName();
        long studentId;
        Long periodId;
        try {
            studentId = Long.parseLong(String.valueOf(request.getParameter("student")).trim());
            String period = request.getParameter("period");
            periodId = period == null || period.isBlank() ? null : Long.valueOf(period.trim());
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "student and period must be numbers");
            return;
        }
        try {
            access.requireChild(login, studentId, request.getRemoteAddr());
        } catch (AccessDenied e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "Нет доступа");
            return;
        }
        String guardian = accounts.holder(login).map(AccountRegistry.Holder::displayName).orElse(login);
        try {
            PdfDownload.send(response, extracts.forGuardian(studentId, guardian, new ExtractRequest(periodId,
                    null, null, login, request.getRemoteAddr(), SiteAddress.of(request))));
        } catch (Refusal refusal) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "Выписку за этот период выдать нельзя");
        }
    }
}
