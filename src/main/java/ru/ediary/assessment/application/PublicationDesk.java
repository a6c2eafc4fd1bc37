package ru.ediary.assessment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.ediary.assessment.application.PublicationReport.Line;
import ru.ediary.assessment.model.FinalGradeRecords;
import ru.ediary.assessment.model.PublicationRecords;
import ru.ediary.assessment.model.PublicationRecords.Item;
import ru.ediary.assessment.model.PublicationState;
import ru.ediary.assessment.model.PublicationVerdict;
import ru.ediary.assessment.model.ResultDeadline;
import ru.ediary.audit.application.AuditLog;
import ru.ediary.platform.Refusal;
import ru.ediary.school.model.AcademicPeriod;
import ru.ediary.school.model.School;
import ru.ediary.school.model.SchoolDirectory;

/**
 * Staff's «Публикация результатов» (the 3-day rule, DESIGN §5) and the start page's alert: every result judged by
 * {@link PublicationVerdict} against its {@link ResultDeadline}, with the school's own choice of calendar or working
 * days.
 */
@ApplicationScoped
public class PublicationDesk {

    /** The alert on the office's start page: results at risk and overdue, whatever their period. */
    public record Alert(int atRisk, int overdue) {
        public boolean isRaised() {
            return atRisk + overdue > 0;
        }
    }

    @Inject
    PublicationRecords records;

    @Inject
    FinalGradeRecords periods;

    @Inject
    ResultPublication publication;

    @Inject
    SchoolDirectory schools;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional
    public PublicationReport report(long schoolId, long periodId) {
        AcademicPeriod period = periods.period(schoolId, periodId)
                .orElseThrow(() -> new Refusal("finalGrades.period.unknown"));
        School school = schools.school(schoolId).orElseThrow();
        List<Item> items = records.ofPeriod(schoolId, period);
        Set<Long> heldBack = items.stream().anyMatch(i -> i.visibleAt() == null)
                ? publication.heldBack(schoolId) : Set.of();
        Judge judge = new Judge(schoolId, school.isResultDeadlineInWorkingDays(), items);
        Map<PublicationState, Integer> counts = new EnumMap<>(PublicationState.class);
        for (PublicationState s : PublicationState.values()) {
            counts.put(s, 0);
        }
        List<Line> lines = new ArrayList<>();
        for (Item item : items) {
            PublicationVerdict verdict = judge.verdict(item);
            counts.merge(verdict.state(), 1, Integer::sum);
            if (verdict.state().isTrouble()) {
                lines.add(new Line(item.kind(), item.what(), item.studentName(), item.className(),
                        item.subjectName(), item.resultDate(), verdict.deadline(), item.firstImportedAt(),
                        item.visibleAt(), verdict.state(), verdict.daysLate(), verdict.cause(),
                        heldBack.contains(item.studentId())));
            }
        }
        // what can still be saved first, then what is overdue, then what was late; the oldest deadline first
        lines.sort(Comparator.comparing((Line l) -> rank(l.state())).thenComparing(Line::deadline)
                .thenComparing(Line::className, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Line::studentName).thenComparing(Line::subjectName));
        return new PublicationReport(period.getId(), period.getName() + " " + period.getSchoolYear().getName(),
                school.isResultDeadlineInWorkingDays(), counts, lines);
    }

    private static int rank(PublicationState state) {
        return switch (state) {
            case AT_RISK -> 0;
            case OVERDUE -> 1;
            default -> 2;
        };
    }

    /** Results of the school not yet visible whose deadline is today or tomorrow, or past. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Alert alert(long schoolId) {
        List<Item> waiting = records.notVisible(schoolId);
        if (waiting.isEmpty()) {
            return new Alert(0, 0);
        }
        School school = schools.school(schoolId).orElseThrow();
        Judge judge = new Judge(schoolId, school.isResultDeadlineInWorkingDays(), waiting);
        int atRisk = 0;
        int overdue = 0;
        for (Item item : waiting) {
            PublicationState state = judge.verdict(item).state();
            atRisk += state == PublicationState.AT_RISK ? 1 : 0;
            overdue += state == PublicationState.OVERDUE ? 1 : 0;
        }
        return new Alert(atRisk, overdue);
    }

    /** The school's choice of calendar or working days for the deadline; audited. */
    @Transactional
    public void countInWorkingDays(long schoolId, boolean workingDays, String actor, String remoteAddress) {
        School school = schools.school(schoolId).orElseThrow();
        if (school.isResultDeadlineInWorkingDays() == workingDays) {
            return;
        }
        school.countResultDeadlineInWorkingDays(workingDays);
        audit.record(actor, "SCHOOL_SETTINGS_CHANGED", schoolId, "school:" + school.getCode(),
                "срок публикации результатов: " + (workingDays ? "3 рабочих дня" : "3 календарных дня"),
                remoteAddress);
    }

    /** Verdicts for a set of items: the school's holidays are read once, for the span of their dates. */
    private final class Judge {
        private final boolean workingDays;
        private final Set<LocalDate> closed;
        private final Instant now = clock.instant();

        Judge(long schoolId, boolean workingDays, List<Item> items) {
            this.workingDays = workingDays;
            LocalDate first = items.stream().map(Item::resultDate).min(Comparator.naturalOrder()).orElse(null);
            LocalDate last = items.stream().map(Item::resultDate).max(Comparator.naturalOrder()).orElse(null);
            // three working days never span more than the holidays in between plus a week-end or two
            this.closed = workingDays && first != null ? records.closedDays(schoolId, first, last.plusDays(60))
                    : Set.of();
        }

        PublicationVerdict verdict(Item item) {
            LocalDate deadline = ResultDeadline.of(item.resultDate(), workingDays, closed);
            return PublicationVerdict.judge(deadline, item.firstImportedAt(), item.visibleAt(), now,
                    clock.getZone());
        }
    }
}
