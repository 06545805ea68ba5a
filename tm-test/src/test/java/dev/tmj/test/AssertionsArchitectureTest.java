package dev.tmj.test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** tm-test builds on AssertJ's public API only, and its assertions fail one way. */
@AnalyzeClasses(packages = "dev.tmj.test", importOptions = ImportOption.DoNotIncludeTests.class)
class AssertionsArchitectureTest {

    @ArchTest
    static final ArchRule should_use_no_assertj_internals = noClasses()
            .should().dependOnClassesThat().resideInAPackage("org.assertj.core.internal..")
            .because("AssertJ does not export its internals; they may change in any release");

    @ArchTest
    static final ArchRule should_fail_every_assertion_through_the_one_failure_helper = classes()
            .that().haveSimpleNameStartingWith("Abstract").and().haveSimpleNameEndingWith("Assert")
            .and().doNotHaveSimpleName("AbstractTmjAssert")
            .should().beAssignableTo(AbstractTmjAssert.class)
            .because("AbstractTmjAssert is where tmj's assertions turn a failure message into an AssertionError");
}
