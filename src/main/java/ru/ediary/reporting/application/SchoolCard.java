package ru.ediary.reporting.application;

import java.time.Instant;
import ru.ediary.school.model.EducationLevel;

/**
 * A school of the region as the authority lists it; {@code lastBatchAt} is when its journal last sent data (null:
 * never), which tells how fresh every other figure of the school is.
 */
public record SchoolCard(String code, String name, String shortName, EducationLevel level, String address,
                         long classes, long students, Instant lastBatchAt) {

    public String getCode() { return code; }
    public String getName() { return name; }
    public String getShortName() { return shortName; }
    public EducationLevel getLevel() { return level; }
    public String getAddress() { return address; }
    public long getClasses() { return classes; }
    public long getStudents() { return students; }
    public Instant getLastBatchAt() { return lastBatchAt; }
}
