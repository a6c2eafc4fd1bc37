package ru.ediary.delivery.model;

/**
 * The HTML part of an e-mail, made from its plain text: paragraphs, and the «— » news lines as a list. One source
 * for both parts keeps them saying the same thing.
 */
public final class MailLayout {

    private MailLayout() {
    }

    public static String html(String subject, String text) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"ru\"><head><meta charset=\"UTF-8\"><title>")
                .append(escape(subject)).append("</title></head><body>");
        boolean inList = false;
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("— ")) {
                if (!inList) {
                    html.append("<ul>");
                    inList = true;
                }
                html.append("<li>").append(escape(line.substring(2))).append("</li>");
                continue;
            }
            if (inList) {
                html.append("</ul>");
                inList = false;
            }
            if (!line.isBlank()) {
                html.append("<p>").append(escape(line)).append("</p>");
            }
        }
        if (inList) {
            html.append("</ul>");
        }
        return html.append("</body></html>").toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
