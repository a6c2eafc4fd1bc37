package ru.ediary.family.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** How written e-mail addresses and Russian mobile numbers are accepted and stored. */
class ContactAddressTest {

    @ParameterizedTest
    @CsvSource({
            "'+7 911 123-45-67', +79111234567",
            "'8 (921) 765 43 21', +79217654321",
            "'89311112233', +79311112233",
            "'9051234567', +79051234567",
            "'  +79991234567 ', +79991234567"})
    void russianMobileNumbersInTheUsualSpellings(String written, String stored) {
        assertEquals(Optional.of(stored), ContactAddress.canonical(ContactChannel.PHONE, written));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345", "+7 812 123-45-67", "+1 911 123 45 67", "8911123456", "+7 911 123-45-6x",
            "mama@example.ru"})
    void otherNumbersAreRefused(String written) {
        assertEquals(Optional.empty(), ContactAddress.canonical(ContactChannel.PHONE, written));
    }

    @ParameterizedTest
    @CsvSource({"Mama.Ivanova@Example.RU, mama.ivanova@example.ru", "a+b@mail.school-47.ru, a+b@mail.school-47.ru"})
    void emailAddressesAreKeptInLowerCase(String written, String stored) {
        assertEquals(Optional.of(stored), ContactAddress.canonical(ContactChannel.EMAIL, written));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "mama", "mama@", "@example.ru", "mama@example", "ma ma@example.ru", "mama@@example.ru",
            "mama..x@example.ru", "мама@пример.рф", "+79111234567"})
    void otherAddressesAreRefused(String written) {
        assertEquals(Optional.empty(), ContactAddress.canonical(ContactChannel.EMAIL, written));
    }
}
