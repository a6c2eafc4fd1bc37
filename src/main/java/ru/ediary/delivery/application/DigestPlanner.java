package ru.ediary.delivery.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import ru.ediary.platform.ScheduledRuns;
import ru.ediary.platform.SchoolTime;

/**
 * When digests are due: the weekly summary and forecast from Friday evening (a server down on Friday catches up on
 * Saturday or Sunday: the keys name the week), and the forecast once a child's reporting period has two weeks or
 * less to go. A day's digests are written once, after {@link #HOUR}, by the one instance that claims the day's run
 * (redeployments and a second instance find it taken); each guardian's are due at a moment of their own within
 * {@link DeliverySettings#digestSpread()}, and the outbox sends codes and notices before any of them.
 */
@ApplicationScoped
public class DigestPlanner {

    static final int HOUR = 17;
    /** A claimed day's planning not finished after this long died with its instance and is taken over. */
    private static final Duration STALE = Duration.ofHours(1);
    private static final Logger LOG = Logger.getLogger(DigestPlanner.class.getName());

    private final String instance = ManagementFactory.getRuntimeMXBean().getName();

    @Inject
    DigestComposer composer;

    @Inject
    DeliverySettings settings;

    @Inject
    ScheduledRuns runs;

    private volatile LocalDate lastPlanned;

    public void planDue(Instant now) {
        ZonedDateTime local = now.atZone(SchoolTime.ZONE);
        LocalDate today = local.toLocalDate();
        if (local.getHour() < HOUR || today.equals(lastPlanned)) {
            return;
        }
        lastPlanned = today;
        String run = "digests:" + today;
        if (!runs.claim(run, instance, now, STALE)) {
            return;
        }
        int written = plan(today, now);
        runs.finish(run, now);
        LOG.info("Digests of " + today + ": " + written + " messages, spread over " + settings.digestSpread());
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
                written += composer.compose(guardianId, today, now.plus(spreadOffset(guardianId)), now, occasions);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Digests of guardian " + guardianId + " not written", e);
            }
        }
        return written;
    }

    /** A guardian's own moment within the spread, the same every week (a multiplicative hash of the id). */
    private Duration spreadOffset(long guardianId) {
        long seconds = settings.digestSpread().toSeconds();
        return seconds == 0 ? Duration.ZERO : Duration.ofSeconds(Math.floorMod(guardianId * 2_654_435_761L, seconds));
    }
}
