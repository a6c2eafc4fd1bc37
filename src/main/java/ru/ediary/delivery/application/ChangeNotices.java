package ru.ediary.delivery.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ru.ediary.assessment.model.Deferral;
import ru.ediary.assessment.model.ExamResult;
import ru.ediary.assessment.model.FinalGrade;
import ru.ediary.delivery.model.ChangeWording;
import ru.ediary.delivery.model.ChildGuardians;
import ru.ediary.delivery.model.KindChoices;
import ru.ediary.delivery.model.NotificationChoices;
import ru.ediary.delivery.model.NotificationEvent;
import ru.ediary.delivery.model.NotificationEvents;
import ru.ediary.delivery.model.NotificationKind;
import ru.ediary.family.application.DeliveryEligibility;
import ru.ediary.family.model.DeliveryChannel;
import ru.ediary.family.model.DeliveryPlan;
import ru.ediary.family.model.Guardian;
import ru.ediary.importing.model.ImportOutcome;
import ru.ediary.importing.model.RecordChanged;
import ru.ediary.journal.model.ControlWork;
import ru.ediary.journal.model.Mark;
import ru.ediary.journal.model.Recommendation;
import ru.ediary.journal.model.TimetableChange;
import ru.ediary.platform.SchoolTime;
import ru.ediary.school.model.SchoolRecord;
import ru.ediary.school.model.Student;

/**
 * Turns what the journal changed into outbox events, inside the import's own transaction (a plain synchronous
 * observer runs in the caller's transaction): the change and the news of it commit together or not at all.
 * Only guardians whom the delivery plan allows e-mail or SMS for this kind of news get an event.
 */
@ApplicationScoped
public class ChangeNotices {

    @Inject
    Clock clock;

    @Inject
    ChildGuardians families;

    @Inject
    DeliveryEligibility eligibility;

    @Inject
    NotificationChoices choices;

    @Inject
    NotificationEvents events;

    @Inject
    RecipientMemo memo;

    void recordChanged(@Observes RecordChanged change) {
        SchoolRecord record = change.record();
        if (record.isDeleted() || !memo.consentingSchools().computeIfAbsent(record.getSchool().getId(),
                families::anyoneConsentedIn)) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(SchoolTime.ZONE));
        boolean updated = change.outcome() == ImportOutcome.UPDATED;
        for (News news : news(record, updated, today)) {
            for (RecipientMemo.Listener listener : listeners(news.student())) {
                if (wantsSomewhere(listener, news.kind())) {
                    // The child is part of the key: a class-wide change is news about each sibling separately.
                    events.add(new NotificationEvent(news.kind() + ":" + record.getId() + ":v"
                            + record.getSourceVersion() + ":g" + listener.guardianId() + ":s" + news.student().getId(),
                            record.getSchool().getId(),
                            listener.guardianId(), news.student().getId(), news.kind(), news.line(), clock.instant()));
                }
            }
        }
    }

    private record News(Student student, NotificationKind kind, String line) {
    }

    private List<News> news(SchoolRecord record, boolean updated, LocalDate today) {
        List<News> news = new ArrayList<>();
        if (record instanceof Mark mark) {
            news.add(new News(mark.getStudent(), NotificationKind.MARK, ChangeWording.mark(mark, updated)));
        } else if (record instanceof FinalGrade grade) {
            news.add(new News(grade.getStudent(), NotificationKind.FINAL_GRADE, ChangeWording.finalGrade(grade)));
        } else if (record instanceof ExamResult exam) {
            news.add(new News(exam.getStudent(), NotificationKind.EXAM_RESULT, ChangeWording.exam(exam)));
        } else if (record instanceof Deferral deferral) {
            news.add(new News(deferral.getStudent(), NotificationKind.DEFERRAL, ChangeWording.deferral(deferral)));
        } else if (record instanceof Recommendation recommendation) {
            news.add(new News(recommendation.getStudent(), NotificationKind.RECOMMENDATION,
                    ChangeWording.recommendation(recommendation)));
        } else if (record instanceof TimetableChange change) {
            Optional<String> line = ChangeWording.timetable(change, today);
            line.ifPresent(text -> families.taughtTo(change.getLesson().getAudience())
                    .forEach(s -> news.add(new News(s, NotificationKind.TIMETABLE_CHANGE, text))));
        } else if (record instanceof ControlWork work && !work.getPlannedOn().isBefore(today)) {
            String text = ChangeWording.controlWork(work, updated);
            families.taughtTo(work.getAudience())
                    .forEach(s -> news.add(new News(s, NotificationKind.CONTROL_WORK, text)));
        }
        return news;
    }

    private List<RecipientMemo.Listener> listeners(Student student) {
        return memo.listenersByStudent().computeIfAbsent(student.getId(), id -> {
            List<RecipientMemo.Listener> listeners = new ArrayList<>();
            for (Guardian guardian : families.of(student)) {
                DeliveryPlan plan = eligibility.plan(guardian);
                if (plan.allows(DeliveryChannel.EMAIL) || plan.allows(DeliveryChannel.SMS)) {
                    listeners.add(new RecipientMemo.Listener(guardian.getId(), plan,
                            new KindChoices(choices.of(guardian.getId()))));
                }
            }
            return listeners;
        });
    }

    private static boolean wantsSomewhere(RecipientMemo.Listener listener, NotificationKind kind) {
        return listener.plan().allows(DeliveryChannel.EMAIL) && listener.choices().wants(DeliveryChannel.EMAIL, kind)
                || listener.plan().allows(DeliveryChannel.SMS) && listener.choices().wants(DeliveryChannel.SMS, kind);
    }
}
