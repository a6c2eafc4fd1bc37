package ru.ediary.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import ru.ediary.interfaces.web.TransportPolicy.PlainHttp;

/** Which requests may travel over plain HTTP. */
class TransportPolicyTest {

    @Test
    void httpsIsAlwaysAdmitted() {
        for (PlainHttp policy : PlainHttp.values()) {
            assertTrue(TransportPolicy.admits(policy, true, "203.0.113.5"), policy.name());
        }
    }

    @Test
    void refusedAdmitsNoPlainHttpNotEvenFromThisMachine() {
        assertFalse(TransportPolicy.admits(PlainHttp.REFUSED, false, "127.0.0.1"));
        assertFalse(TransportPolicy.admits(PlainHttp.REFUSED, false, "203.0.113.5"));
    }

    @Test
    void localAdmitsPlainHttpFromLoopbackOnly() {
        assertTrue(TransportPolicy.admits(PlainHttp.LOCAL, false, "127.0.0.1"));
        assertTrue(TransportPolicy.admits(PlainHttp.LOCAL, false, "0:0:0:0:0:0:0:1"));
        assertTrue(TransportPolicy.admits(PlainHttp.LOCAL, false, "::1"));
        assertFalse(TransportPolicy.admits(PlainHttp.LOCAL, false, "10.0.0.7"));
        assertFalse(TransportPolicy.admits(PlainHttp.LOCAL, false, "localhost.evil.example"), "names are not looked up");
        assertFalse(TransportPolicy.admits(PlainHttp.LOCAL, false, null));
    }

    @Test
    void anUnknownSettingFailsClosed() {
        assertEquals(PlainHttp.REFUSED, TransportPolicy.parse("yes please"));
        assertEquals(PlainHttp.LOCAL, TransportPolicy.parse(" Local "));
        assertEquals(PlainHttp.ALLOWED, TransportPolicy.parse("allowed"));
    }
}
