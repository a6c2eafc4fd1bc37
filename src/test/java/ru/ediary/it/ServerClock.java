package ru.ediary.it;

import jakarta.enterprise.inject.spi.CDI;
import java.time.Clock;
import java.time.LocalDate;
import ru.ediary.platform.SchoolClock;

/**
 * The clock of the server under test, so that tests say "today" as the server does whatever the wall clock says:
 * inside the container, the application's own clock; in the test JVM, the same setting (the {@code ediary.clock}
 * system property, which the build gives to both) read here.
 */
public final class ServerClock {

    private ServerClock() {
    }

    public static Clock clock() {
        try {
            return CDI.current().select(Clock.class).get();
        } catch (IllegalStateException notInTheContainer) {
            return SchoolClock.from(System.getProperty("ediary.clock"));
        }
    }

    /** The school's date on the server. */
    public static LocalDate today() {
        return LocalDate.now(clock());
    }
}
