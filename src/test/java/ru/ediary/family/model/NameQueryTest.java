package ru.ediary.family.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import ru.ediary.school.model.PersonName;

class NameQueryTest {

    private final PersonName mother = new PersonName("Семёнова", "Ольга", "Викторовна");
    private final List<PersonName> children = List.of(new PersonName("Семёнов", "Артём", null));

    @Test
    void everyWordMustOccurInTheGuardiansOrAChildsName() {
        assertTrue(new NameQuery("семенова ольга").matches(mother, children), "ё typed as е, any case");
        assertTrue(new NameQuery("  Артем ").matches(mother, children), "found by the child");
        assertTrue(new NameQuery("").matches(mother, children), "no words: everyone");
        assertFalse(new NameQuery("Семёнова Ирина").matches(mother, children));
    }
}
