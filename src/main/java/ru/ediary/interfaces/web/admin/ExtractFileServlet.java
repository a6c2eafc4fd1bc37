package ru.ediary.interfaces.web.admin;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import ru.ediary.delivery.application.PaperExtracts;
import ru.ediary.identity.application.AccountRegistry;
import ru.ediary.interfaces.web.PdfDownload;
import ru.ediary.platform.Refusal;

/**
 * {@code /admin/extracts/file?ids=3,4,5}: registered extracts of the staff member's school in one PDF, exactly as
 * issued (a re-print, audited). Under /admin, so only SCHOOL_ADMIN reaches it (web.xml); another school's extract
 * answers 404 like an unknown one.
 */
@WebServlet("/admin/extracts/file")
public class ExtractFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    PaperExtracts extracts;

    @Inject
    AccountRegistry accounts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String login = request.getUserPrincipal().getName();
        Long schoolId = accounts.holder(login).map(AccountRegistry.Holder::schoolId).orElse(null);
        List<Long> ids = new ArrayList<>();
        try {
            for (String id : String.valueOf(request.getParameter("ids")).split(",")) {
                ids.add(Long.valueOf(id.trim()));
            }
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "ids: numbers separated by commas");
            return;
        }
        if (schoolId == null) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        try {
            PdfDownload.send(response, extracts.reprint(schoolId, ids, login, request.getRemoteAddr()));
        } catch (Refusal unknown) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "Выписка не найдена");
        }
    }
}
