package dev.tmj.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering of tm-core, checked on every build: model at the bottom, the resolver on top. */
@AnalyzeClasses(packages = "dev.tmj", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

    @ArchTest
    static final ArchRule core_depends_on_no_other_tmj_module = noClasses()
            .that().resideInAnyPackage("dev.tmj.model..", "dev.tmj.python..", "dev.tmj.condition..",
                    "dev.tmj.threat..", "dev.tmj.resolve..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.tmj.dsl..", "dev.tmj.render..",
                    "dev.tmj.cli..", "dev.tmj.iac..")
            .because("dsl, render and cli build on the core, never the reverse");

    @ArchTest
    static final ArchRule the_model_knows_nothing_of_conditions_threats_or_resolution = noClasses()
            .that().resideInAPackage("dev.tmj.model..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.tmj.python..", "dev.tmj.condition..",
                    "dev.tmj.threat..", "dev.tmj.resolve..");

    @ArchTest
    static final ArchRule python_syntax_depends_only_on_the_model_errors = noClasses()
            .that().resideInAPackage("dev.tmj.python..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.tmj.condition..", "dev.tmj.threat..",
                    "dev.tmj.resolve..");

    @ArchTest
    static final ArchRule conditions_do_not_know_threats_or_the_resolver = noClasses()
            .that().resideInAPackage("dev.tmj.condition..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.tmj.threat..", "dev.tmj.resolve..");

    @ArchTest
    static final ArchRule jackson_only_in_readers_and_writers = noClasses()
            .that().haveSimpleNameNotEndingWith("Reader").and().haveSimpleNameNotEndingWith("Writer")
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
            .because("file formats stay at the edges; the model is format-free");

    @ArchTest
    static final ArchRule conditions_never_reflect_or_load_classes = noClasses()
            .that().resideInAnyPackage("dev.tmj.condition..", "dev.tmj.python..")
            .should().dependOnClassesThat().resideInAnyPackage("java.lang.reflect..", "java.lang.invoke..",
                    "java.io..", "java.nio..", "java.net..")
            .orShould().callMethod(Class.class, "forName", String.class)
            .because("a condition can reach the model and nothing else");

    @ArchTest
    static final ArchRule packages_are_free_of_cycles = slices().matching("dev.tmj.(*)..").should().beFreeOfCycles();
}
