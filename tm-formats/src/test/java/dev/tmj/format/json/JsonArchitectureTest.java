package dev.tmj.format.json;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The project's rule for file formats, applied to the JSON and YAML model readers and writers. */
@AnalyzeClasses(packages = "dev.tmj.format.json", importOptions = ImportOption.DoNotIncludeTests.class)
class JsonArchitectureTest {

    @ArchTest
    static final ArchRule jackson_only_in_readers_and_writers = noClasses()
            .that().haveSimpleNameNotEndingWith("Reader").and().haveSimpleNameNotEndingWith("Writer")
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
            .because("file formats stay at the edges; binding a model from a located tree needs no Jackson");
}
