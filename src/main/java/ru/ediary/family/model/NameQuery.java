package ru.ediary.family.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import ru.ediary.school.model.PersonName;

/**
 * What the office types to find a guardian: every word must occur in the guardian's name or in a child's name,
 * ignoring case and ё/е (people type «Семенова» for «Семёнова»).
 */
public final class NameQuery {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private final List<String> words;

    public NameQuery(String typed) {
        this.words = typed == null ? List.of() : Arrays.stream(fold(typed).split("\\s+"))
                .filter(w -> !w.isEmpty()).toList();
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    public boolean matches(PersonName guardian, List<PersonName> children) {
        List<String> parts = Stream.concat(Stream.of(guardian), children.stream())
                .flatMap(n -> Stream.of(n.getLastName(), n.getFirstName(), n.getMiddleName()))
                .filter(p -> p != null).map(NameQuery::fold).toList();
        return words.stream().allMatch(w -> parts.stream().anyMatch(p -> p.contains(w)));
    }

    private static String fold(String text) {
        return text.trim().toLowerCase(RUSSIAN).replace('ё', 'е');
    }
}
