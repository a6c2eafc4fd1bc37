package ru.ediary.delivery.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import ru.ediary.platform.SchoolTime;

/**
 * When digests are due: the weekly summary and forecast from Friday evening (a server down on Friday catches up on
 * Saturday or Sunday: the keys name the week), and the forecast once a child's reporting period has two weeks or
 * less to go. Each instance looks at most once a day, after {@link #HOUR}; the unique keys keep them from writing a
 * digest twice.
 */
@ApplicationScoped
public class DigestPlanner {

    static final int HOUR = 17;
    private static final Logger LOG = Logger.getLogger(DigestPlanner.class.getName());

    @Inject
    DigestComposer composer;

    private volatile LocalDate lastPlanned;

    public void planDue(Instant now) {
        ZonedDateTime local = now.atZone(SchoolTime.ZONE);
        LocalDate today = local.toLocalDate();
        if (local.getHour() < HOUR || today.equals(lastPlanned)) {
            return;
        }
        lastPlanned = today;
        int written = plan(today, now);
        LOG.info("Digests of " + today + ": " + written + " messages");
    }

    /** Writes the digests due on {@code today}; the number of messages written. */
    public int plan(LocalDate today, Instant now) {
        boolean weekEnd = today.getDayOfWeek().compareTo(DayOfWeek.FRIDAY) >= 0;
        int written = 0;
        for (long guardianId : composer.candidates()) {
            List<DigestComposer.Occasion> occasions = new ArrayList<>();
            if (weekEnd) {
                occasions.add(DigestComposer.Occasion.WEEKLY_SUMMARY);
                occasions.add(DigestComposer.Occasion.WEEKLY_FORECAST);
            }
            if (composer.periodEndsSoon(guardianId, today)) {
                occasions.add(DigestComposer.Occasion.PERIOD_END_FORECAST);
            }
            if (occasions.isEmpty()) {
                continue;
            }
            try {
                written += composer.compose(guardianId, today, now, occasions);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Digests of guardian " + guardianId + " not written", e);
            }
        }
        return written;
    }
}
