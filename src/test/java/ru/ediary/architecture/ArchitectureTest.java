package ru.ediary.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The dependency rules of DESIGN §2. */
@AnalyzeClasses(packages = "ru.ediary", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule modelKnowsNoAdapterOrInfrastructure = noClasses()
            .that().resideInAPackage("ru.ediary.*.model..")
            .should().dependOnClassesThat().resideInAnyPackage("ru.ediary.interfaces..", "ru.ediary.*.infrastructure..",
                    "jakarta.faces..", "jakarta.servlet..", "jakarta.xml.ws..", "jakarta.jws..");

    @ArchTest
    static final ArchRule adaptersCallApplicationNotInfrastructure = noClasses()
            .that().resideInAPackage("ru.ediary.interfaces..")
            .should().dependOnClassesThat().resideInAPackage("ru.ediary.*.infrastructure..");

    @ArchTest
    static final ArchRule backingBeansNeverTouchTheEntityManager = noClasses()
            .that().resideInAPackage("ru.ediary.interfaces..")
            .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager");

    @ArchTest
    static final ArchRule applicationServicesDoNotReachIntoInfrastructure = noClasses()
            .that().resideInAPackage("ru.ediary.*.application..")
            .should().dependOnClassesThat().resideInAPackage("ru.ediary.*.infrastructure..");

    @ArchTest
    static final ArchRule noCyclesBetweenContexts = slices().matching("ru.ediary.(*)..").should().beFreeOfCycles();
}
