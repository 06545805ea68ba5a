package dev.tmj.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Which tmj module may use which: the dependency graph of the poms and module descriptors, checked on the classes.
 * <pre>
 * tm-core     ← everything; it uses no other tmj module
 * tm-dsl      → tm-core
 * tm-formats  → tm-core, tm-iac (infrastructure code is a model format)
 * tm-iac      → tm-core
 * tm-render   → tm-core, tm-formats
 * tm-integrations → tm-core
 * tm-history  → tm-core, tm-formats (the JSON export's writer)
 * tm-cli      → tm-core, tm-formats, tm-render, tm-integrations, tm-history
 * tm-test     → tm-core, tm-dsl, tm-render
 * examples    → tm-core, tm-dsl (their tests use tm-test)
 * tm-bench    → tm-core, tm-formats (the CI outputs' benchmark), tm-iac, tm-history (recording a run)
 * tmj-maven-plugin → tm-core, tm-dsl, tm-formats, tm-render
 * </pre>
 */
@AnalyzeClasses(packages = "dev.tmj", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleDependencyTest {

    @ArchTest
    static final ArchRule core_uses_no_other_tmj_module = TmjModule.CORE.usesOnlyTheModulesItDependsOn();

    @ArchTest
    static final ArchRule dsl_uses_only_core = TmjModule.DSL.usesOnlyTheModulesItDependsOn();

    @ArchTest
    static final ArchRule formats_use_only_core_and_iac = TmjModule.FORMATS.usesOnlyTheModulesItDependsOn();

    @ArchTest
    static final ArchRule iac_uses_only_core = TmjModule.IAC.usesOnlyTheModulesItDependsOn();

    @ArchTest
    static final ArchRule render_uses_only_core_and_formats = TmjModule.RENDER.usesOnlyTheModulesItDependsOn();

    @ArchTest
    static final ArchRule integrations_use_only_core = TmjModule.INTEGRATIONS.usesOnlyTheModulesItDependsOn();

    @ArchTest
    static final ArchRule history_uses_only_core_and_formats = TmjModule.HISTORY.usesOnlyTheModulesItDependsOn();

    @ArchTest
    static final ArchRule cli_uses_only_core_formats_render_and_integrations =
            TmjModule.CLI.usesOnlyTheModulesItDependsOn();

    @ArchTest
    static final ArchRule test_support_uses_only_core_dsl_and_render = TmjModule.TEST.usesOnlyTheModulesItDependsOn();

    @ArchTest
    static final ArchRule examples_use_only_core_and_dsl = TmjModule.EXAMPLES.usesOnlyTheModulesItDependsOn();

    @ArchTest
    static final ArchRule bench_uses_only_core_formats_iac_and_history = TmjModule.BENCH.usesOnlyTheModulesItDependsOn();

    @ArchTest
    static final ArchRule maven_plugin_uses_only_core_dsl_formats_and_render =
            TmjModule.MAVEN_PLUGIN.usesOnlyTheModulesItDependsOn();
}
