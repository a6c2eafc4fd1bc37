package ru.ediary.journal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GradeValueTest {

    @ParameterizedTest
    @CsvSource({"5, 5", " 3 , 3", "1, 1"})
    void numbersOneToFiveAreMarks(String text, int expected) {
        GradeValue value = GradeValue.parse(text);
        assertEquals(expected, value.getNumeric());
        assertEquals(null, value.getStatus());
    }

    @ParameterizedTest
    @CsvSource({"н/а, NOT_ATTESTED", "осв, EXEMPT", "зач, PASS", "незач, FAIL", "NOT_ATTESTED, NOT_ATTESTED",
            "ЗАЧ, PASS"})
    void statusesAreNotNumbers(String text, MarkStatus expected) {
        GradeValue value = GradeValue.parse(text);
        assertEquals(expected, value.getStatus());
        assertEquals(null, value.getNumeric());
        assertEquals(expected.label(), value.label());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "6", "7", "4+", "пять", "", "5.0"})
    void anythingElseIsRefused(String text) {
        assertThrows(IllegalArgumentException.class, () -> GradeValue.parse(text));
    }
}
