package ru.ediary.interfaces.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * Dates as Russians write them, dd.mm.yyyy, read strictly: «31.02.2026» is refused rather than quietly turned into
 * 28 February, because a consent or a document dated wrongly is evidence gone wrong.
 */
@FacesConverter("russianDate")
public class RussianDateConverter implements Converter<LocalDate> {

    public static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd.MM.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    @Override
    public LocalDate getAsObject(FacesContext faces, UIComponent component, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim(), FORMAT);
        } catch (DateTimeParseException wrong) {
            String message = Messages.text(faces, "common.date.invalid");
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message), wrong);
        }
    }

    @Override
    public String getAsString(FacesContext faces, UIComponent component, LocalDate date) {
        return date == null ? "" : FORMAT.format(date);
    }
}
