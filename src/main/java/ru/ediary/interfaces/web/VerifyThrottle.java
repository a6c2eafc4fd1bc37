package ru.ediary.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits how often one client address may ask {@code /verify/<code>}: the page is public, and without a limit the
 * codes could be guessed by brute force. A fixed window per address; idle windows are forgotten as new ones come.
 */
@ApplicationScoped
public class VerifyThrottle {

    /** Requests one address may make per window; a person scanning a pile of extracts stays far below it. */
    static final int LIMIT = 30;
    static final long WINDOW_MILLIS = 60_000;

    @Inject
    Clock clock;

    private final Map<String, long[]> windows = new ConcurrentHashMap<>();

    /** Whether {@code address} may make one more request now (the request is counted). */
    public boolean admit(String address) {
        long now = clock.millis();
        if (windows.size() > 10_000) {
            windows.values().removeIf(w -> now - w[0] >= WINDOW_MILLIS);
        }
        long[] window = windows.compute(address, (a, w) -> w == null || now - w[0] >= WINDOW_MILLIS
                ? new long[] {now, 1} : new long[] {w[0], w[1] + 1});
        return window[1] <= LIMIT;
    }
}
