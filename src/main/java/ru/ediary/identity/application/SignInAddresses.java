package ru.ediary.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import ru.ediary.platform.LoopbackAddress;

/**
 * Throttling per client address, beside the per-login slow-down: an address that failed to sign in as
 * {@value #DISTINCT_LOGINS} different logins within {@link #WINDOW} (password spraying, credential stuffing) is refused
 * unchecked until its window ends, for every login. Distinct logins rather than failures: one person mistyping their
 * own password is the per-login rule's business, and a school's network behind one address, where many people sign
 * in at a lesson's start, must not be shut out by a few typos. Kept in memory per instance (a restart forgets it; two
 * instances each allow as much) — a limit on guessing, not data. Behind a reverse proxy the server must see the
 * client's address (Liberty's {@code <remoteIp>} on the HTTP endpoint), or every request shares the proxy's; this
 * machine's own address (loopback: a local proxy not yet configured so, or tools on the server) is never limited,
 * since limiting it would shut everyone out at once.
 */
@ApplicationScoped
public class SignInAddresses {

    static final int DISTINCT_LOGINS = 30;
    static final Duration WINDOW = Duration.ofMinutes(15);

    @Inject
    Clock clock;

    private record Window(Instant start, Set<String> logins) {
    }

    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    private static boolean isLimited(String address) {
        return address != null && !LoopbackAddress.is(address);
    }

    /** Whether sign-ins from {@code address} are refused unchecked now. */
    public boolean isBlocked(String address) {
        if (!isLimited(address)) {
            return false;
        }
        Window w = windows.get(address);
        return w != null && clock.instant().isBefore(w.start().plus(WINDOW)) && w.logins().size() >= DISTINCT_LOGINS;
    }

    /** Counts a failed sign-in (unknown login or wrong password) of {@code login} from {@code address}. */
    public void failed(String address, String login) {
        if (!isLimited(address)) {
            return;
        }
        Instant now = clock.instant();
        if (windows.size() > 10_000) {
            windows.values().removeIf(w -> !now.isBefore(w.start().plus(WINDOW)));
        }
        String who = login == null ? "" : login.trim().toLowerCase(Locale.ROOT);
        windows.compute(address, (a, w) -> {
            Window current = w == null || !now.isBefore(w.start().plus(WINDOW)) ? new Window(now, new HashSet<>()) : w;
            if (current.logins().size() < DISTINCT_LOGINS) {
                Set<String> logins = new HashSet<>(current.logins());
                logins.add(who.length() <= 60 ? who : who.substring(0, 60));
                return new Window(current.start(), logins);
            }
            return current;
        });
    }
}
