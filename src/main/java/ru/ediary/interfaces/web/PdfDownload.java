package ru.ediary.interfaces.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import ru.ediary.delivery.application.IssuedExtracts;

/** Sends printed extracts as a PDF download. */
public final class PdfDownload {

    private PdfDownload() {
    }

    /** The file as an attachment, never cached: it carries a child's marks. */
    public static void send(HttpServletResponse response, IssuedExtracts issued) throws IOException {
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + issued.fileName() + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(issued.pdf().length);
        response.getOutputStream().write(issued.pdf());
    }
}
