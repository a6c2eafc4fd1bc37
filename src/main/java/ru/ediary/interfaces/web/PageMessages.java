package ru.ediary.interfaces.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import ru.ediary.platform.Refusal;

/** Messages a form shows after an action, worded by the «msg» bundle in the view's locale. */
public final class PageMessages {

    private PageMessages() {
    }

    public static void refused(Refusal refusal) {
        add(FacesMessage.SEVERITY_ERROR, refusal.messageKey(), refusal.arguments());
    }

    public static void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    public static void done(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, key, arguments);
    }

    private static void add(FacesMessage.Severity severity, String key, Object[] arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = new MessageFormat(Messages.text(faces, key), faces.getViewRoot().getLocale()).format(arguments);
        faces.addMessage(null, new FacesMessage(severity, text, null));
    }
}
