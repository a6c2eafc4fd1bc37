package ru.ediary.interfaces.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;

/** Dates and instants as both contracts write them: xs:date without a zone, xs:dateTime in UTC to the millisecond. */
final class XmlTime {

    private static final DatatypeFactory FACTORY;

    static {
        try {
            FACTORY = DatatypeFactory.newInstance();
        } catch (DatatypeConfigurationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private XmlTime() {
    }

    /** null for null (an optional element left out). */
    static XMLGregorianCalendar instant(Instant instant) {
        if (instant == null) {
            return null;
        }
        GregorianCalendar utc = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        utc.setTimeInMillis(instant.toEpochMilli());
        return FACTORY.newXMLGregorianCalendar(utc);
    }

    static XMLGregorianCalendar date(LocalDate date) {
        return FACTORY.newXMLGregorianCalendarDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth(),
                DatatypeConstants.FIELD_UNDEFINED);
    }

    static LocalDate localDate(XMLGregorianCalendar date) {
        return LocalDate.of(date.getYear(), date.getMonth(), date.getDay());
    }
}
