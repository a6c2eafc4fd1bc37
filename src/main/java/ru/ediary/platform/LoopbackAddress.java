package ru.ediary.platform;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Whether a client address, as the container gives it, is this machine's own (127.0.0.0/8, ::1). Plain HTTP is
 * allowed from it in local set-ups, and the per-address sign-in limit leaves it alone.
 */
public final class LoopbackAddress {

    private LoopbackAddress() {
    }

    public static boolean is(String address) {
        // only a literal address is read, so that no name is ever looked up
        if (address == null || !(address.matches("[0-9.]+") || address.contains(":"))) {
            return false;
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException notAnAddress) {
            return false;
        }
    }
}
