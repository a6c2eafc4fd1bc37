package ru.ediary.assessment.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import ru.ediary.school.model.AcademicPeriod;

/** What the 3-day publication rule reads and stamps: set queries over a school's final grades and exam results. */
public interface PublicationRecords {

    enum Kind { FINAL_GRADE, EXAM_RESULT }

    /**
     * A result as the rule sees it.
     *
     * @param what the period's name for a final grade, the exam's name for an exam result
     */
    record Item(Kind kind, long id, long studentId, String studentName, String className, String subjectName,
                String what, LocalDate resultDate, Instant firstImportedAt, Instant visibleAt) {
    }

    /** The period's final grades and the exam results dated within the period. */
    List<Item> ofPeriod(long schoolId, AcademicPeriod period);

    /** Every result of the school not yet visible, whatever its period. */
    List<Item> notVisible(long schoolId);

    /** Schools with a result not yet visible, region-wide. */
    Set<Long> schoolsWithResultsNotVisible();

    /**
     * Stamps {@code now} as the moment of visibility on every result of the school not yet visible, except those of
     * the students named; returns how many it stamped.
     */
    int makeVisible(long schoolId, Collection<Long> heldBackStudents, Instant now);

    /**
     * Sets when the school's results of one result date first arrived and became visible: for a journal's history
     * loaded at once (the demo region's year), which otherwise would all look as arrived today.
     */
    int restamp(long schoolId, LocalDate resultDate, Instant firstImportedAt, Instant visibleAt);

    /** The same for one result. */
    int restamp(long schoolId, Kind kind, String sourcedId, Instant firstImportedAt, Instant visibleAt);

    /** The school's holiday dates (for every grade) between the two dates, inclusive. */
    Set<LocalDate> closedDays(long schoolId, LocalDate from, LocalDate to);
}
