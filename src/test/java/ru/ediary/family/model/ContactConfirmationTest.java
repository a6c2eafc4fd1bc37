package ru.ediary.family.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** One-time codes: they expire, are used once, and allow a few wrong guesses only. */
class ContactConfirmationTest {

    private static final Instant ISSUED = Instant.parse("2026-11-30T09:00:00Z");

    private final ContactPoint contact = new ContactPoint(new Guardian(), ContactChannel.EMAIL, "mama@example.ru",
            ContactSource.CABINET, null, ISSUED);
    private final ContactConfirmation code = new ContactConfirmation(contact, "right", ISSUED);

    @Test
    void theRightCodeConfirmsTheContactOnce() {
        assertEquals(ConfirmationOutcome.CONFIRMED, code.attempt("right", ISSUED.plusSeconds(60)));
        assertTrue(contact.isConfirmed());
        assertEquals(ConfirmationOutcome.USED, code.attempt("right", ISSUED.plusSeconds(70)));
    }

    @Test
    void anExpiredCodeConfirmsNothing() {
        assertEquals(ConfirmationOutcome.EXPIRED, code.attempt("right", ISSUED.plus(ContactConfirmation.LIFETIME)));
        assertFalse(contact.isConfirmed());
    }

    @Test
    void afterTooManyWrongGuessesEvenTheRightCodeIsRefused() {
        for (int i = 1; i < ContactConfirmation.MAX_ATTEMPTS; i++) {
            assertEquals(ConfirmationOutcome.WRONG_CODE, code.attempt("wrong" + i, ISSUED.plusSeconds(i)));
        }
        assertEquals(ConfirmationOutcome.TOO_MANY_ATTEMPTS, code.attempt("wrong", ISSUED.plusSeconds(30)));
        assertEquals(ConfirmationOutcome.TOO_MANY_ATTEMPTS, code.attempt("right", ISSUED.plusSeconds(40)));
        assertFalse(contact.isConfirmed());
        assertFalse(code.isOpen(ISSUED.plusSeconds(40)));
    }
}
