package ru.ediary.interfaces.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The contract's Java types in src/main/java are what wsimport generates from wsdl/ in this very build (into
 * target/jaxws-contract, package ru.ediary.contractcheck.jaxws): the WSDL stays the source of truth.
 */
class GeneratedContractIsCurrentTest {

    private static final Path KEPT = Path.of("src/main/java/ru/ediary/interfaces/exchange/contract");
    private static final Path GENERATED = Path.of("target/jaxws-contract/ru/ediary/contractcheck/jaxws");

    @Test
    void keptTypesAreExactlyTheGeneratedOnes() throws IOException {
        assertTrue(Files.isDirectory(GENERATED), "wsimport did not run: " + GENERATED.toAbsolutePath());
        assertEquals(names(GENERATED), names(KEPT), "the same classes; regenerate after changing the contract");
        for (String name : names(GENERATED)) {
            String generated = Files.readString(GENERATED.resolve(name))
                    .replace("ru.ediary.contractcheck.jaxws", "ru.ediary.interfaces.exchange.contract");
            assertEquals(generated, Files.readString(KEPT.resolve(name)),
                    name + " differs from what wsimport generates from wsdl/: copy target/jaxws-contract over it");
        }
    }

    private static TreeSet<String> names(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return new TreeSet<>(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".java")).toList());
        }
    }
}
