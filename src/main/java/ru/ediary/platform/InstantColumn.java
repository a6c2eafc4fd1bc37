package ru.ediary.platform;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Stores {@link Instant}s as SQL TIMESTAMP on every entity. Persistence 3.1 knows LocalDate and LocalDateTime but
 * not Instant, which EclipseLink would otherwise serialise into bytes.
 */
@Converter(autoApply = true)
public class InstantColumn implements AttributeConverter<Instant, Timestamp> {

    @Override
    public Timestamp convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    @Override
    public Instant convertToEntityAttribute(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
