package ru.ediary.reporting.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.ediary.family.model.DeliveryChannel;
import ru.ediary.journal.model.MarkStatus;
import ru.ediary.school.model.EducationLevel;
import ru.ediary.school.model.PeriodKind;

/**
 * What regional reporting reads from the database: counts computed there with GROUP BY over a whole region at once
 * (never the records themselves), and no names of people.
 */
public interface RegionalFigures {

    record Region(long id, String code, String name) {
    }

    record SchoolRow(long id, String code, String name, String shortName, EducationLevel level, String address) {
    }

    /** A school's period of a school year. */
    record PeriodRow(long schoolId, long periodId, String yearName, LocalDate yearStartsOn, LocalDate yearEndsOn,
                     PeriodKind kind, int ordinal, LocalDate startsOn, LocalDate endsOn) {

        public PeriodRef ref() {
            return new PeriodRef(kind, ordinal);
        }
    }

    /** How many final grades of one value a school gave in a period, per grade level and subject (by name). */
    record GradeCount(long schoolId, long periodId, int grade, String subject, Integer numeric, MarkStatus status,
                      long count) {
    }

    /** How many different students of a grade level have a final grade of the period. */
    record GradedStudents(long schoolId, long periodId, int grade, long students) {
    }

    record MessageCount(long schoolId, DeliveryChannel channel, boolean sent, long messages) {
    }

    Optional<Region> region(long regionId);

    List<SchoolRow> schools(long regionId);

    /** The region of the school with this code, if there is one (of any region). */
    Optional<Long> regionOfSchool(String schoolCode);

    /** School id → classes of the school years running on {@code day}. */
    Map<Long, Long> classes(long regionId, LocalDate day);

    /** School id → students. */
    Map<Long, Long> students(long regionId);

    /** School id → when its journal's last batch was received. */
    Map<Long, Instant> lastBatches(long regionId);

    /** Every period of every school of the region. */
    List<PeriodRow> periods(long regionId);

    List<GradeCount> finalGrades(Collection<Long> periodIds);

    List<GradedStudents> gradedStudents(Collection<Long> periodIds);

    /** Messages created {@code from}–{@code to} (inclusive, the region's dates), sent or given up on. */
    List<MessageCount> messages(long regionId, Instant from, Instant to);
}
