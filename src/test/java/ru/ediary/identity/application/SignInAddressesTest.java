package ru.ediary.identity.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The per-address limit: distinct failing logins within a window, one address at a time. */
class SignInAddressesTest {

    private Instant now = Instant.parse("2026-12-04T14:30:00Z");
    private final SignInAddresses addresses = new SignInAddresses();

    SignInAddressesTest() {
        addresses.clock = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneId.of("Europe/Moscow");
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
    }

    @Test
    void oneLoginMistypedManyTimesDoesNotShutTheAddressOut() {
        for (int i = 0; i < 100; i++) {
            addresses.failed("10.0.0.1", "Ivanova.A");
            addresses.failed("10.0.0.1", "ivanova.a "); // the same login as typed differently
        }
        assertFalse(addresses.isBlocked("10.0.0.1"));
    }

    @Test
    void thirtyDifferentLoginsShutOnlyThatAddressOutUntilTheWindowEnds() {
        for (int i = 0; i < SignInAddresses.DISTINCT_LOGINS - 1; i++) {
            addresses.failed("10.0.0.2", "user" + i);
        }
        assertFalse(addresses.isBlocked("10.0.0.2"), "twenty-nine are not enough");
        addresses.failed("10.0.0.2", "user-last");
        assertTrue(addresses.isBlocked("10.0.0.2"));
        assertFalse(addresses.isBlocked("10.0.0.3"), "another address is not touched");
        now = now.plus(SignInAddresses.WINDOW).minus(Duration.ofSeconds(1));
        assertTrue(addresses.isBlocked("10.0.0.2"), "still within the window");
        now = now.plus(Duration.ofSeconds(1));
        assertFalse(addresses.isBlocked("10.0.0.2"), "the window is over");
        addresses.failed("10.0.0.2", "user0");
        assertFalse(addresses.isBlocked("10.0.0.2"), "a new window counts afresh");
    }

    @Test
    void withoutAnAddressOrFromThisMachineNothingIsCountedOrRefused() {
        for (int i = 0; i < 50; i++) {
            addresses.failed(null, "user" + i);
            addresses.failed("127.0.0.1", "user" + i);
            addresses.failed("0:0:0:0:0:0:0:1", "user" + i);
        }
        assertFalse(addresses.isBlocked(null));
        assertFalse(addresses.isBlocked("127.0.0.1"), "a local proxy's address would shut everyone out");
        assertFalse(addresses.isBlocked("0:0:0:0:0:0:0:1"));
    }
}
