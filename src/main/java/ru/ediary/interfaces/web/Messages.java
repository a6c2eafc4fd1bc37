package ru.ediary.interfaces.web;

import jakarta.faces.context.FacesContext;
import java.util.ResourceBundle;

/** Texts of the pages from the resource bundle «msg», in the view's locale. */
public final class Messages {

    private Messages() {
    }

    public static String text(FacesContext faces, String key) {
        return ResourceBundle.getBundle("ru.ediary.interfaces.web.messages", faces.getViewRoot().getLocale())
                .getString(key);
    }
}
