package ru.ediary.interfaces.exchange;

import jakarta.xml.bind.annotation.XmlElement;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.XMLGregorianCalendar;
import ru.ediary.importing.model.RecordKind;
import ru.ediary.importing.model.SourcedRecord;

/**
 * Turns a record of the contract (a JAXB object generated from journal-exchange.xsd) into the import's
 * {@link SourcedRecord}. The contract names each field exactly as {@link RecordKind} does (a unit test holds them
 * in step), so one mapping by name serves all 28 kinds.
 */
final class RecordMapping {

    private static final Map<Class<?>, RecordKind> KINDS = new ConcurrentHashMap<>();

    private RecordMapping() {
    }

    static SourcedRecord toSourcedRecord(Object contractRecord) {
        RecordKind kind = kindOf(contractRecord.getClass());
        Map<String, Object> values = values(contractRecord);
        Object lastModified = values.get("lastModified");
        long version = values.get("version") != null ? ((Number) values.get("version")).longValue()
                : lastModified != null ? ((XMLGregorianCalendar) lastModified).toGregorianCalendar().getTimeInMillis()
                : -1;
        String sourcedId = (String) values.get("sourcedId");
        String school = (String) values.get("school");
        if ("deleted".equals(text(values.get("recordStatus")))) {
            return new SourcedRecord(kind, sourcedId, version, true, school, Map.of());
        }
        SourcedRecord.Builder builder = SourcedRecord.of(kind, sourcedId, version).school(school);
        for (String field : kind.fields().keySet()) {
            builder.with(field, text(values.get(field)));
        }
        return builder.build();
    }

    /** SchoolYearRecord → SCHOOL_YEAR. */
    static RecordKind kindOf(Class<?> type) {
        return KINDS.computeIfAbsent(type, t -> {
            String label = t.getSimpleName().replaceFirst("Record$", "");
            return Arrays.stream(RecordKind.values())
                    .filter(k -> k.label().equalsIgnoreCase(label))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no record kind for " + t.getName()));
        });
    }

    /** The element values of a JAXB object by element name, its superclasses' first. */
    private static Map<String, Object> values(Object bean) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Class<?> type = bean.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                XmlElement element = field.getAnnotation(XmlElement.class);
                String name = element != null && !"##default".equals(element.name()) ? element.name() : field.getName();
                try {
                    field.setAccessible(true);
                    values.putIfAbsent(name, field.get(bean));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("cannot read " + field, e);
                }
            }
        }
        return values;
    }

    /** The value as the import reads it: ISO dates and times, plain numbers, enumeration values by name. */
    static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof XMLGregorianCalendar calendar) {
            if (calendar.getHour() == DatatypeConstants.FIELD_UNDEFINED) {
                return LocalDate.of(calendar.getYear(), calendar.getMonth(), calendar.getDay()).toString();
            }
            if (calendar.getYear() == DatatypeConstants.FIELD_UNDEFINED) {
                return LocalTime.of(calendar.getHour(), calendar.getMinute(),
                        calendar.getSecond() == DatatypeConstants.FIELD_UNDEFINED ? 0 : calendar.getSecond()).toString();
            }
            return calendar.toXMLFormat();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Enum<?> constant) {
            try {
                return String.valueOf(constant.getClass().getMethod("value").invoke(constant));
            } catch (ReflectiveOperationException noValueMethod) {
                return constant.name();
            }
        }
        return value.toString();
    }
}
