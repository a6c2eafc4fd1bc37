package ru.ediary.delivery.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.ediary.assessment.model.ForecastRules;
import ru.ediary.assessment.model.GradeForecast;
import ru.ediary.assessment.model.WeightedMark;
import ru.ediary.delivery.model.ChangeWording;
import ru.ediary.delivery.model.DigestSource;
import ru.ediary.delivery.model.DigestWording;
import ru.ediary.delivery.model.KindChoices;
import ru.ediary.delivery.model.NotificationChoices;
import ru.ediary.delivery.model.NotificationKind;
import ru.ediary.delivery.model.NoticeText;
import ru.ediary.delivery.model.Outbox;
import ru.ediary.delivery.model.OutboxMessage;
import ru.ediary.family.application.DeliveryEligibility;
import ru.ediary.family.model.DeliveryChannel;
import ru.ediary.family.model.DeliveryPlan;
import ru.ediary.family.model.Guardian;
import ru.ediary.family.model.GuardianLink;
import ru.ediary.family.model.GuardianRepository;
import ru.ediary.journal.model.Mark;
import ru.ediary.platform.SchoolTime;
import ru.ediary.school.model.AcademicPeriod;
import ru.ediary.school.model.Student;

/**
 * Writes one guardian's digests for each child into the outbox: the weekly summary and the forecast of final grades
 * (using the assessment context's {@link GradeForecast}, the same rule the cabinet shows). Message keys name the
 * week or the period, so planning twice — on two instances, or after a restart — writes each digest once.
 */
@ApplicationScoped
public class DigestComposer {

    /** Which digests to write. */
    public enum Occasion {
        /** The weekly summary of the week holding the day. */
        WEEKLY_SUMMARY,
        /** The weekly forecast. */
        WEEKLY_FORECAST,
        /** The forecast two weeks before the end of the running period (once per period). */
        PERIOD_END_FORECAST
    }

    @Inject
    DigestSource source;

    @Inject
    GuardianRepository guardians;

    @Inject
    DeliveryEligibility eligibility;

    @Inject
    NotificationChoices choices;

    @Inject
    Outbox outbox;

    @Inject
    DigestComposer self;

    /**
     * Guardians who ever gave consent: the only ones a digest can go to (each one's delivery plan still decides).
     */
    @Transactional
    public List<Long> candidates() {
        return source.consentedGuardians().stream().map(Guardian::getId).toList();
    }

    /** Whether a child of the guardian is in the last two weeks of a reporting period. */
    @Transactional
    public boolean periodEndsSoon(long guardianId, LocalDate today) {
        Guardian guardian = guardians.byId(guardianId).orElse(null);
        if (guardian == null) {
            return false;
        }
        for (GuardianLink link : guardians.links(guardian)) {
            AcademicPeriod period = source.runningPeriod(link.getStudent(), today).orElse(null);
            if (period != null && !today.isBefore(period.getEndsOn().minusDays(14))) {
                return true;
            }
        }
        return false;
    }

    /** The number of messages written, due at once (outside the guardian's quiet hours). */
    public int compose(long guardianId, LocalDate day, Instant now, List<Occasion> occasions) {
        return self.compose(guardianId, day, now, now, occasions);
    }

    /**
     * The number of messages written, due at {@code notBefore} or, in the guardian's quiet hours, at their end. The
     * planner spreads a day's digests over a while with it, so that mail servers and SMSC take them at an even pace.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int compose(long guardianId, LocalDate day, Instant notBefore, Instant now, List<Occasion> occasions) {
        Guardian guardian = guardians.byId(guardianId).orElse(null);
        if (guardian == null) {
            return 0;
        }
        DeliveryPlan plan = eligibility.plan(guardian);
        KindChoices kinds = new KindChoices(choices.of(guardianId));
        Instant due = plan.getQuietHours().nextAllowed(notBefore.atZone(SchoolTime.ZONE)).toInstant();
        int written = 0;
        for (GuardianLink link : guardians.links(guardian)) {
            Student student = link.getStudent();
            for (Occasion occasion : occasions) {
                NotificationKind kind = occasion == Occasion.WEEKLY_SUMMARY ? NotificationKind.WEEKLY_SUMMARY
                        : NotificationKind.FORECAST;
                List<DeliveryChannel> channels = new ArrayList<>();
                for (DeliveryChannel channel : NotificationSettings.CHANNELS) {
                    if (plan.allows(channel) && kinds.wants(channel, kind)) {
                        channels.add(channel);
                    }
                }
                if (!channels.isEmpty()) {
                    written += write(guardian, student, occasion, day, due, now, channels);
                }
            }
        }
        return written;
    }

    private int write(Guardian guardian, Student student, Occasion occasion, LocalDate day, Instant due, Instant now,
                      List<DeliveryChannel> channels) {
        Optional<AcademicPeriod> period = source.runningPeriod(student, day);
        if (occasion != Occasion.WEEKLY_SUMMARY && period.isEmpty()) {
            return 0; // no running period (holidays): nothing to forecast
        }
        LocalDate monday = day.with(DayOfWeek.MONDAY);
        String occasionKey = switch (occasion) {
            case WEEKLY_SUMMARY -> "weekly:" + monday;
            case WEEKLY_FORECAST -> "forecast:week:" + monday;
            case PERIOD_END_FORECAST -> "forecast:period:" + period.orElseThrow().getId();
        };
        String className = student.getSchoolClass() == null ? null : student.getSchoolClass().getName();
        String childName = student.getName().full();
        String firstName = student.getName().getFirstName();
        String subject;
        String email;
        String sms;
        if (occasion == Occasion.WEEKLY_SUMMARY) {
            DigestWording.Week week = week(student, monday, period);
            subject = NoticeText.title(NotificationKind.WEEKLY_SUMMARY) + " " + ChangeWording.DATE.format(monday)
                    + "–" + ChangeWording.DATE.format(monday.plusDays(6)) + ": " + firstName + " "
                    + student.getName().getLastName();
            email = DigestWording.weeklyEmail(guardian.getName().full(), childName, className, week);
            sms = DigestWording.weeklySms(firstName, week);
        } else {
            AcademicPeriod running = period.orElseThrow();
            List<DigestWording.SubjectForecast> forecasts = forecasts(student, running, day);
            subject = NoticeText.title(NotificationKind.FORECAST) + " за " + running.getName().toLowerCase() + ": "
                    + firstName + " " + student.getName().getLastName();
            email = DigestWording.forecastEmail(guardian.getName().full(), childName, className, running.getName(),
                    running.getEndsOn(), forecasts);
            sms = DigestWording.forecastSms(firstName, running.getName(), forecasts);
        }
        int written = 0;
        for (DeliveryChannel channel : channels) {
            String key = occasionKey + ":" + guardian.getId() + ":" + student.getId() + ":" + channel;
            written += outbox.add(new OutboxMessage(key, guardian.getSchool().getId(), guardian.getId(),
                    student.getId(), channel, occasion == Occasion.WEEKLY_SUMMARY ? NotificationKind.WEEKLY_SUMMARY
                    : NotificationKind.FORECAST, null, subject, channel == DeliveryChannel.EMAIL ? email : sms, due,
                    now)) ? 1 : 0;
        }
        return written;
    }

    /** The week from Monday to Sunday, and what the next one holds. */
    private DigestWording.Week week(Student student, LocalDate monday, Optional<AcademicPeriod> period) {
        LocalDate sunday = monday.plusDays(6);
        Map<String, List<Mark>> bySubject = new LinkedHashMap<>();
        source.marks(student, monday, sunday).forEach(m -> bySubject.computeIfAbsent(m.getSubject().getName(),
                s -> new ArrayList<>()).add(m));
        Map<String, List<Mark>> periodBySubject = new LinkedHashMap<>();
        period.ifPresent(p -> source.marks(student, p.getStartsOn(), p.getEndsOn()).forEach(m ->
                periodBySubject.computeIfAbsent(m.getSubject().getName(), s -> new ArrayList<>()).add(m)));
        ForecastRules rules = ForecastRules.of(student.getSchool());
        List<DigestWording.SubjectWeek> marks = bySubject.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new DigestWording.SubjectWeek(e.getKey(),
                        e.getValue().stream().map(m -> m.getValue().label()).toList(),
                        period.isEmpty() ? Optional.empty()
                                : GradeForecast.of(weighted(periodBySubject.getOrDefault(e.getKey(), List.of())),
                                rules).average()))
                .toList();
        LocalDate nextMonday = monday.plusDays(7);
        LocalDate nextSunday = nextMonday.plusDays(6);
        List<String> absences = source.attendance(student, monday, sunday).stream()
                .map(a -> ChangeWording.DATE.format(a.getLesson().getDate()) + ", " + a.getLesson().getSubject()
                        .getName() + ": " + a.getCode().getName().toLowerCase()).toList();
        List<String> homework = source.homeworkDue(student, nextMonday, nextSunday).stream()
                .map(h -> "к " + ChangeWording.DATE.format(h.getDueOn()) + ", " + h.getLesson().getSubject().getName()
                        + ": " + shorten(h.getText())).toList();
        List<String> controlWorks = source.controlWorks(student, nextMonday, nextSunday).stream()
                .map(w -> ChangeWording.DATE.format(w.getPlannedOn()) + ", " + w.getSubject().getName() + ": «"
                        + w.getTopic() + "»").toList();
        List<String> changes = new ArrayList<>();
        source.timetableChanges(student, nextMonday, nextSunday).forEach(c ->
                ChangeWording.timetable(c, c.getLesson().getDate()).ifPresent(changes::add));
        return new DigestWording.Week(monday, period.map(AcademicPeriod::getName).orElse(null), marks, absences,
                homework, controlWorks, changes);
    }

    private List<DigestWording.SubjectForecast> forecasts(Student student, AcademicPeriod period, LocalDate day) {
        Map<String, List<Mark>> bySubject = new java.util.TreeMap<>();
        source.marks(student, period.getStartsOn(), day.isBefore(period.getEndsOn()) ? day : period.getEndsOn())
                .forEach(m -> bySubject.computeIfAbsent(m.getSubject().getName(), s -> new ArrayList<>()).add(m));
        ForecastRules rules = ForecastRules.of(student.getSchool());
        return bySubject.entrySet().stream().map(e -> {
            GradeForecast forecast = GradeForecast.of(weighted(e.getValue()), rules);
            return new DigestWording.SubjectForecast(e.getKey(), forecast.grade(), forecast.average(),
                    forecast.explanation());
        }).toList();
    }

    private static List<WeightedMark> weighted(List<Mark> marks) {
        return marks.stream().map(m -> WeightedMark.of(m.getValue(), m.getWeight())).toList();
    }

    private static String shorten(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= 200 ? line : line.substring(0, 199) + "…";
    }
}
