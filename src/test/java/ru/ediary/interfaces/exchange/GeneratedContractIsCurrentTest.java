package ru.ediary.interfaces.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each SOAP contract's Java types in src/main/java are what wsimport generates from wsdl/ in this very build (into
 * target/jaxws-contract…, package ru.ediary.contractcheck.jaxws…): the WSDL stays the source of truth.
 */
class GeneratedContractIsCurrentTest {

    /** A contract: its WSDL, where wsimport puts its types and under which package, and where they are kept. */
    record Contract(String wsdl, Path generated, String generatedPackage, Path kept, String keptPackage) {

        @Override
        public String toString() {
            return wsdl;
        }
    }

    static Stream<Contract> contracts() {
        return Stream.of(
                new Contract("wsdl/journal-exchange.wsdl",
                        Path.of("target/jaxws-contract/ru/ediary/contractcheck/jaxws"),
                        "ru.ediary.contractcheck.jaxws",
                        Path.of("src/main/java/ru/ediary/interfaces/exchange/contract"),
                        "ru.ediary.interfaces.exchange.contract"),
                new Contract("wsdl/regional-reporting.wsdl",
                        Path.of("target/jaxws-contract-regional/ru/ediary/contractcheck/jaxws/regional"),
                        "ru.ediary.contractcheck.jaxws.regional",
                        Path.of("src/main/java/ru/ediary/interfaces/regional/contract"),
                        "ru.ediary.interfaces.regional.contract"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contracts")
    void keptTypesAreExactlyTheGeneratedOnes(Contract contract) throws IOException {
        assertTrue(Files.isDirectory(contract.generated()),
                contract.wsdl() + ": wsimport did not run: " + contract.generated().toAbsolutePath());
        assertEquals(names(contract.generated()), names(contract.kept()),
                contract.wsdl() + ": the same classes in " + contract.kept() + "; regenerate after changing the contract");
        for (String name : names(contract.generated())) {
            String generated = Files.readString(contract.generated().resolve(name))
                    .replace(contract.generatedPackage(), contract.keptPackage());
            assertEquals(generated, Files.readString(contract.kept().resolve(name)),
                    contract.wsdl() + ": " + contract.kept().resolve(name) + " differs from what wsimport generates: copy "
                            + contract.generated() + " over it, renaming the package to " + contract.keptPackage());
        }
    }

    private static TreeSet<String> names(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return new TreeSet<>(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".java")).toList());
        }
    }
}
