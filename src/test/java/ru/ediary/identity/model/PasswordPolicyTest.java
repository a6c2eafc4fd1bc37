package ru.ediary.identity.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = PasswordPolicy.standard();

    @Test
    void atLeastTwelveCharacters() {
        assertEquals(Optional.of("password.tooShort"), policy.refusal("olga", "Ёлка-2026-x", "old"), "11");
        assertEquals(Optional.empty(), policy.refusal("olga", "Ёлка-2026-xy", "old"), "12");
    }

    @Test
    void notTheLoginNorTheCurrentPassword() {
        assertEquals(Optional.of("password.tooObvious"), policy.refusal("ivanova.olga.s", "IVANOVA.OLGA.S", "x"));
        assertEquals(Optional.of("password.tooObvious"),
                policy.refusal("olga", "Старый-пароль-1", "Старый-пароль-1"));
    }

    @Test
    void notOneOfTheTenThousandMostCommonWhateverTheCase() {
        for (String common : new String[] {"qwerty123456", "1qaz2wsx3edc", "QAZWSXEDCRFV", "123456qwerty"}) {
            assertEquals(Optional.of("password.common"), policy.refusal("olga", common, "old"), common);
        }
        assertEquals(Optional.empty(), policy.refusal("olga", "кот учит уроки вечером", "old"));
    }
}
