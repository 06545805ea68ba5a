package dev.tmj.report;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The project's rule for file formats, applied to the report writers. */
@AnalyzeClasses(packages = "dev.tmj.report", importOptions = ImportOption.DoNotIncludeTests.class)
class ReportArchitectureTest {

    @ArchTest
    static final ArchRule jackson_only_in_readers_and_writers = noClasses()
            .that().haveSimpleNameNotEndingWith("Reader").and().haveSimpleNameNotEndingWith("Writer")
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
            .because("file formats stay at the edges");
}
