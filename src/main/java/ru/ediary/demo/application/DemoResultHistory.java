package ru.ediary.demo.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.TreeSet;
import ru.ediary.assessment.model.PublicationRecords;
import ru.ediary.assessment.model.PublicationRecords.Kind;
import ru.ediary.importing.model.RecordKind;
import ru.ediary.importing.model.SourcedRecord;

/**
 * The demo journal's year arrives in one import at start-up, so every final grade would look as if it reached eDiary
 * today, weeks after its deadline. A real journal sends results as they come: this replays that history — each result
 * arrived and became visible the afternoon after its date — except the two results that show the 3-day rule at work:
 * an olympiad result the journal sent five days late, and a recent one still held back (its deadline tomorrow).
 */
@ApplicationScoped
public class DemoResultHistory {

    /** When the school's secretary ran the journal's exchange on the day after a result. */
    private static final LocalTime AFTERNOON = LocalTime.of(15, 0);

    @Inject
    PublicationRecords records;

    @Inject
    Clock clock;

    @Transactional
    public void replay(long schoolId, DemoSchoolJournal journal) {
        Instant now = clock.instant();
        TreeSet<LocalDate> dates = new TreeSet<>();
        LocalDate lateDate = null;
        LocalDate atRiskDate = null;
        for (SourcedRecord r : journal.records()) {
            if (r.kind() == RecordKind.FINAL_GRADE || r.kind() == RecordKind.EXAM_RESULT) {
                LocalDate date = LocalDate.parse(r.fields().get("resultDate"));
                dates.add(date);
                lateDate = r.sourcedId().equals(journal.lateExam()) ? date : lateDate;
                atRiskDate = r.sourcedId().equals(journal.atRiskExam()) ? date : atRiskDate;
            }
        }
        for (LocalDate date : dates) {
            Instant arrived = afternoonAfter(date, 1, now);
            records.restamp(schoolId, date, arrived, arrived);
        }
        if (lateDate != null) {
            Instant arrived = afternoonAfter(lateDate, 5, now);
            records.restamp(schoolId, Kind.EXAM_RESULT, journal.lateExam(), arrived, arrived);
        }
        if (atRiskDate != null) {
            records.restamp(schoolId, Kind.EXAM_RESULT, journal.atRiskExam(), afternoonAfter(atRiskDate, 1, now),
                    null);
        }
    }

    private Instant afternoonAfter(LocalDate date, int days, Instant now) {
        Instant then = date.plusDays(days).atTime(AFTERNOON).atZone(clock.getZone()).toInstant();
        return then.isAfter(now) ? now : then;
    }
}
