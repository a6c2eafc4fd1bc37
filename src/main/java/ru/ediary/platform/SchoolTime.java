package ru.ediary.platform;

import java.time.ZoneId;

/**
 * School days are counted in the region's time zone, not the server's. "Now" itself comes from the injected
 * {@link java.time.Clock} ({@link SchoolClock}), never from the wall clock directly.
 */
public final class SchoolTime {

    /** Ленинградская область; a region in another zone will make this a setting of the region. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Moscow");

    private SchoolTime() {
    }
}
