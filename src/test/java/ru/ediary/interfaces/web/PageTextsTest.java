package ru.ediary.interfaces.web;

import ru.ediary.interfaces.web.region.RegionTable;
import ru.ediary.reporting.application.ReportingRefused;
import ru.ediary.school.model.PeriodKind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import ru.ediary.family.model.ConfirmationOutcome;
import ru.ediary.family.model.ConsentDecision;
import ru.ediary.family.model.ConsentForm;
import ru.ediary.family.model.ContactChannel;
import ru.ediary.family.model.ContactSource;
import ru.ediary.family.model.DeliveryChannel;
import ru.ediary.family.model.PaperReason;
import ru.ediary.family.model.Relation;
import ru.ediary.identity.model.Role;

/** Every text a page or a form message asks for exists, in Russian and in the English base bundle. */
class PageTextsTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");
    private static final Pattern CODE_KEY = Pattern.compile(
            "(?:new Refusal|PageMessages\\.(?:error|done))\\(\\s*\"([A-Za-z0-9_.]+)\"\\s*[,)]");

    private final Properties russian = bundle("messages_ru.properties");
    private final Properties english = bundle("messages.properties");

    @Test
    void bothLanguagesHaveTheSameTexts() {
        assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(russian.stringPropertyNames()));
    }

    @Test
    void everyKeyAPageNamesExists() {
        assertAllPresent(keysIn(WEBAPP, ".xhtml", PAGE_KEY), "pages");
    }

    @Test
    void everyKeyAFormMessageNamesExists() {
        assertAllPresent(keysIn(SOURCES, ".java", CODE_KEY), "form messages");
    }

    /** Pages build these keys from an enum constant, so each constant needs its text. */
    @Test
    void everyEnumLabelExists() {
        Map<String, Enum<?>[]> labelled = Map.of(
                "relation.", Relation.values(), "consent.decision.", ConsentDecision.values(),
                "consent.form.", ConsentForm.values(), "consent.state.", ConsentDecision.values(),
                "channel.", DeliveryChannel.values(), "paper.reason.", PaperReason.values(),
                "contact.channel.", ContactChannel.values(), "contact.source.", ContactSource.values(),
                "settings.code.", ConfirmationOutcome.values(), "role.", Role.values());
        Set<String> wanted = new TreeSet<>();
        labelled.forEach((prefix, constants) -> Stream.of(constants).forEach(c -> wanted.add(prefix + c.name())));
        wanted.add("consent.state.NONE");
        for (PeriodKind kind : PeriodKind.values()) {
            wanted.add("region.period." + kind.name());
            wanted.add("region.period.short." + kind.name());
        }
        Stream.of(ReportingRefused.Code.values()).forEach(c -> wanted.add("region.refused." + c.name()));
        RegionTable.COLUMNS.forEach(c -> wanted.add("region.col." + c));
        assertAllPresent(wanted, "enum labels");
    }

    private void assertAllPresent(Set<String> keys, String where) {
        Set<String> missing = new TreeSet<>();
        for (String key : keys) {
            if (!russian.containsKey(key) || !english.containsKey(key)) {
                missing.add(key);
            }
        }
        assertTrue(missing.isEmpty(), "texts missing for " + where + ": " + missing);
        assertTrue(!keys.isEmpty(), "no keys found in " + where);
    }

    private static Set<String> keysIn(Path root, String suffix, Pattern pattern) {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(f -> f.toString().endsWith(suffix)).forEach(f -> {
                try {
                    Matcher m = pattern.matcher(Files.readString(f));
                    while (m.find()) {
                        keys.add(m.group(1));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }

    private static Properties bundle(String name) {
        Properties properties = new Properties();
        try (InputStream in = PageTextsTest.class.getResourceAsStream("/ru/ediary/interfaces/web/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
