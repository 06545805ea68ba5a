package dev.tmj.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** No cycles between tmj's packages (a package here is dev.tmj.X with its subpackages), in any module. */
@AnalyzeClasses(packages = "dev.tmj", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageCyclesTest {

    @ArchTest
    static final ArchRule packages_are_free_of_cycles = slices().matching("dev.tmj.(*)..").should().beFreeOfCycles();
}
