package ru.ediary.delivery.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SmsSegmentsTest {

    @Test
    void aShortCyrillicTextIsOneUcs2MessageWithoutHeader() {
        String text = "Анна: Математика — оценка 5";
        SmsSegments sms = SmsSegments.of(text, 1);
        assertFalse(sms.isConcatenated());
        assertEquals(1, sms.parts().size());
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_16BE), sms.parts().get(0));
        assertEquals(2 * text.length(), sms.parts().get(0).length, "two bytes a character");
    }

    @Test
    void seventyCharactersStillFitOneMessage() {
        assertEquals(1, SmsSegments.of("ж".repeat(70), 1).parts().size());
        assertEquals(2, SmsSegments.of("ж".repeat(71), 1).parts().size());
    }

    @Test
    void aLongTextBecomesNumberedPartsThatJoinBackToIt() {
        String text = "Анна: " + "итоговая оценка за 1 четверть: 5; ".repeat(6);
        SmsSegments sms = SmsSegments.of(text, 0xAB);
        assertTrue(sms.isConcatenated());
        int expectedParts = (text.length() + SmsSegments.PART - 1) / SmsSegments.PART;
        assertEquals(expectedParts, sms.parts().size());
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < sms.parts().size(); i++) {
            byte[] part = sms.parts().get(i);
            assertArrayEquals(new byte[] {0x05, 0x00, 0x03, (byte) 0xAB, (byte) expectedParts, (byte) (i + 1)},
                    java.util.Arrays.copyOf(part, 6), "UDH of part " + (i + 1));
            assertTrue(part.length <= 140, "a part fits the 140-byte short message");
            joined.append(SmsSegments.text(part, true));
        }
        assertEquals(text, joined.toString());
    }

    @Test
    void aSurrogatePairIsNeverCutInTwo() {
        String text = "ж".repeat(66) + "\uD83D\uDE00" + "ж".repeat(10);
        SmsSegments sms = SmsSegments.of(text, 3);
        assertEquals("ж".repeat(66), SmsSegments.text(sms.parts().get(0), true));
        assertEquals("\uD83D\uDE00" + "ж".repeat(10), SmsSegments.text(sms.parts().get(1), true));
    }

    @Test
    void anEmptyTextIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> SmsSegments.of("", 1));
    }
}
