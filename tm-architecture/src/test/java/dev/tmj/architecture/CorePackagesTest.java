package dev.tmj.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The packages of tm-core, layered from the bottom: the model and the I/O helpers use nothing else of tmj; the
 * Python syntax sits on the model; conditions compile Python syntax against the model; threats carry conditions;
 * the model check and the resolver use all of them; on top, the pipeline loads, resolves and attaches
 * evidence, the output contract writes findings, the gate judges them and the diff compares two versions.
 * A layer may use only the layers below it.
 */
@AnalyzeClasses(packages = "dev.tmj", importOptions = ImportOption.DoNotIncludeTests.class)
class CorePackagesTest {

    @ArchTest
    static final ArchRule core_packages_are_layered = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("model").definedBy("dev.tmj.model..")
            .layer("io").definedBy("dev.tmj.io..")
            .layer("python").definedBy("dev.tmj.python..")
            .layer("condition").definedBy("dev.tmj.condition..")
            .layer("threat").definedBy("dev.tmj.threat..")
            .layer("resolve").definedBy("dev.tmj.resolve..")
            .layer("pipeline").definedBy("dev.tmj.pipeline..")
            .layer("output").definedBy("dev.tmj.output..")
            .layer("gate").definedBy("dev.tmj.gate..")
            .layer("diff").definedBy("dev.tmj.diff..")
            .whereLayer("model").mayNotAccessAnyLayer()
            .whereLayer("io").mayNotAccessAnyLayer()
            .whereLayer("python").mayOnlyAccessLayers("model")
            .whereLayer("condition").mayOnlyAccessLayers("python", "model")
            .whereLayer("threat").mayOnlyAccessLayers("condition", "python", "model", "io")
            .whereLayer("resolve").mayOnlyAccessLayers("threat", "condition", "python", "model", "io")
            .whereLayer("pipeline").mayOnlyAccessLayers("resolve", "threat", "model")
            .whereLayer("output").mayOnlyAccessLayers("resolve", "model", "io")
            .whereLayer("gate").mayOnlyAccessLayers("resolve", "threat", "model")
            .whereLayer("diff").mayOnlyAccessLayers("pipeline", "resolve", "threat", "model");

    @ArchTest
    static final ArchRule only_the_resolver_uses_the_unchecked_model_mutators = noClasses()
            .that().resideOutsideOfPackages("dev.tmj.model..", "dev.tmj.resolve..")
            .should().dependOnClassesThat().resideInAPackage("dev.tmj.model.internal..")
            .because("setComputed and applyDefault skip validation; only the model check and the resolver "
                    + "store computed values");

    @ArchTest
    static final ArchRule conditions_never_reflect_or_load_classes = noClasses()
            .that().resideInAnyPackage("dev.tmj.condition..", "dev.tmj.python..")
            .should().dependOnClassesThat().resideInAnyPackage("java.lang.reflect..", "java.lang.invoke..",
                    "java.io..", "java.nio..", "java.net..")
            .orShould().callMethod(Class.class, "forName", String.class)
            .because("a condition can reach the model and nothing else");
}
