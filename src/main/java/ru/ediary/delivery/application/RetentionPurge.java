package ru.ediary.delivery.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Duration;
import java.util.logging.Logger;
import ru.ediary.audit.application.AuditLog;
import ru.ediary.delivery.model.Outbox;
import ru.ediary.delivery.model.SentCopies;
import ru.ediary.family.model.GuardianRepository;
import ru.ediary.platform.ScheduledRuns;
import ru.ediary.platform.SchoolTime;

/**
 * The retention policy for personal data in delivery (README, «Security»). When a guardian has withdrawn consent and
 * {@link DeliverySettings#withdrawnRetention()} has passed, their e-mail addresses and phone numbers are deleted
 * and their messages lose address and text; the consent ledger itself stays, as the legal evidence of what was
 * decided. Every finished message loses its address and text after {@link DeliverySettings#messageRetention()},
 * and the local sink's copies go with it. Runs once a day on one instance (a {@link ScheduledRuns} claim).
 */
@ApplicationScoped
public class RetentionPurge {

    private static final Logger LOG = Logger.getLogger(RetentionPurge.class.getName());
    static final String WITHDRAWN_NOTE = "удалено: согласие на обработку персональных данных отозвано";
    static final String EXPIRED_NOTE = "удалено по истечении срока хранения";
    private static final Duration STALE = Duration.ofHours(1);

    @Inject
    GuardianRepository guardians;

    @Inject
    Outbox outbox;

    @Inject
    SentCopies copies;

    @Inject
    DeliverySettings settings;

    @Inject
    AuditLog audit;

    @Inject
    ScheduledRuns runs;

    @Inject
    RetentionPurge self;

    private final String instance = ManagementFactory.getRuntimeMXBean().getName();

    /** The day's purge, when no instance has done it yet. */
    public void runDue(Instant now) {
        String run = "retention:" + LocalDate.ofInstant(now, SchoolTime.ZONE);
        if (runs.claim(run, instance, now, STALE)) {
            Forgotten forgotten = self.purge(now);
            runs.finish(run, now);
            LOG.info("Retention: " + forgotten);
        }
    }

    /** What one purge removed. */
    public record Forgotten(int guardians, int contacts, int messages, int sinkFiles) {
    }

    @Transactional
    public Forgotten purge(Instant now) {
        int people = 0;
        int contacts = 0;
        int messages = 0;
        for (long guardianId : guardians.withdrawnBefore(now.minus(settings.withdrawnRetention()))) {
            int addresses = guardians.forgetContacts(guardianId);
            int cleared = outbox.forgetGuardian(guardianId, WITHDRAWN_NOTE, now);
            if (addresses + cleared > 0) {
                people++;
                contacts += addresses;
                messages += cleared;
                Long school = guardians.byId(guardianId).map(g -> g.getSchool().getId()).orElse(null);
                audit.record("system", "PERSONAL_DATA_PURGED", school, "guardian:" + guardianId,
                        "consent withdrawn over " + settings.withdrawnRetention().toDays() + " days ago: "
                                + addresses + " contacts deleted, " + cleared + " messages cleared", null);
            }
        }
        Instant expired = now.minus(settings.messageRetention());
        messages += outbox.forgetFinishedBefore(expired, EXPIRED_NOTE);
        return new Forgotten(people, contacts, messages, copies.removeWrittenBefore(expired));
    }
}
