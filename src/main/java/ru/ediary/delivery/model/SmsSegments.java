package ru.ediary.delivery.model;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * An SMS text as SMPP short messages in UCS2 (data_coding 0x08), the encoding Cyrillic needs: up to 70 characters
 * fit one message; a longer text goes as concatenated parts of up to 67 characters, each prefixed with the 6-byte
 * user data header (IEI 0x00: 8-bit reference, part count, part number) that tells the phone to join them.
 */
public final class SmsSegments {

    public static final int SINGLE = 70;
    public static final int PART = 67;
    public static final int MAX_PARTS = 255;

    private final List<byte[]> parts;
    private final boolean concatenated;

    private SmsSegments(List<byte[]> parts, boolean concatenated) {
        this.parts = parts;
        this.concatenated = concatenated;
    }

    /** {@code reference} identifies the parts of one text (the handset joins parts with equal references). */
    public static SmsSegments of(String text, int reference) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("an SMS needs a text");
        }
        if (text.length() <= SINGLE) {
            return new SmsSegments(List.of(text.getBytes(StandardCharsets.UTF_16BE)), false);
        }
        List<String> chunks = new ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            int to = Math.min(text.length(), from + PART);
            // never cut a surrogate pair (an emoji) in two
            if (to < text.length() && Character.isHighSurrogate(text.charAt(to - 1))) {
                to--;
            }
            chunks.add(text.substring(from, to));
            from = to;
        }
        if (chunks.size() > MAX_PARTS) {
            throw new IllegalArgumentException("an SMS of " + text.length() + " characters needs more than "
                    + MAX_PARTS + " parts");
        }
        List<byte[]> parts = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            byte[] body = chunks.get(i).getBytes(StandardCharsets.UTF_16BE);
            byte[] part = new byte[6 + body.length];
            part[0] = 0x05;
            part[1] = 0x00;
            part[2] = 0x03;
            part[3] = (byte) reference;
            part[4] = (byte) chunks.size();
            part[5] = (byte) (i + 1);
            System.arraycopy(body, 0, part, 6, body.length);
            parts.add(part);
        }
        return new SmsSegments(List.copyOf(parts), true);
    }

    public List<byte[]> parts() {
        return parts;
    }

    /** Whether the parts carry a user data header (esm_class must then have UDHI set). */
    public boolean isConcatenated() {
        return concatenated;
    }

    /** The text of one part, as the handset shows it (for tests and the sink). */
    public static String text(byte[] part, boolean withHeader) {
        int offset = withHeader ? (part[0] & 0xff) + 1 : 0;
        return new String(part, offset, part.length - offset, StandardCharsets.UTF_16BE);
    }
}
