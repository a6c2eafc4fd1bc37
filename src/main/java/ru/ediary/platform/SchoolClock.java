package ru.ediary.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The one clock of the application, injected wherever "now" or "today" matters (digests, quiet hours, deadlines,
 * codes, audit): {@code @Inject Clock clock}. Its zone is the region's ({@link SchoolTime#ZONE}), so
 * {@code LocalDate.now(clock)} is the school's date.
 *
 * <p>The server variable {@code ediary.clock} (JNDI {@code ediary/clock}) may start it at a chosen local date-time
 * of the school's zone, {@code 2026-12-04T17:30}: from the server's start it runs on from there. Tests use it to
 * see the product at a Friday evening or a Sunday whatever the wall clock says; empty (the default) is the system
 * clock.
 */
@ApplicationScoped
public class SchoolClock {

    private static final Logger LOG = Logger.getLogger(SchoolClock.class.getName());

    private Clock clock;

    @PostConstruct
    void read() {
        String setting = null;
        try {
            Object value = new InitialContext().lookup("ediary/clock");
            setting = value == null ? null : String.valueOf(value);
        } catch (NamingException notSet) {
            // no entry: the system clock
        }
        clock = from(setting);
        if (setting != null && !setting.isBlank()) {
            LOG.warning("The clock is set: it started at " + setting.trim() + " (server variable ediary.clock)");
        }
    }

    /** Dependent, not proxied: every injection point gets this one clock. */
    @Produces
    Clock clock() {
        return clock;
    }

    /**
     * The clock a setting describes: the system clock in the school's zone when blank, else one that shows the given
     * local date-time ({@code yyyy-MM-ddTHH:mm[:ss]}) or date (midnight) now and runs on from it.
     */
    public static Clock from(String setting) {
        Clock system = Clock.system(SchoolTime.ZONE);
        if (setting == null || setting.isBlank()) {
            return system;
        }
        LocalDateTime start = parse(setting.trim());
        return Clock.offset(system, Duration.between(system.instant(), start.atZone(SchoolTime.ZONE).toInstant()));
    }

    private static LocalDateTime parse(String setting) {
        try {
            return setting.contains("T") ? LocalDateTime.parse(setting) : LocalDate.parse(setting).atStartOfDay();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("ediary.clock must be a local date-time such as 2026-12-04T17:30, not "
                    + setting, e);
        }
    }
}
