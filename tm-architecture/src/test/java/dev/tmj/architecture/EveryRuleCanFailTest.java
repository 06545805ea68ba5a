package dev.tmj.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every architecture rule fails when the code breaks it. Beside tmj's main classes this imports the classes named
 * {@code Broken*} in this module's test sources, which sit in tmj's packages and break each rule on purpose (the
 * rules themselves import main classes only); each rule must report a {@code Broken*} class. A new rule needs a
 * {@code Broken*} class that breaks it.
 */
class EveryRuleCanFailTest {
    private static final List<Class<?>> RULES = List.of(ModuleDependencyTest.class, CorePackagesTest.class,
            LibraryUseTest.class, PackageCyclesTest.class);

    /** tmj's main classes and the Broken* classes, but not the rules. */
    private static final JavaClasses MAIN_AND_BROKEN = new ClassFileImporter()
            .withImportOption(location -> !location.contains("/dev/tmj/architecture/"))
            .importPackages("dev.tmj");

    @TestFactory
    Stream<DynamicTest> every_rule_reports_the_class_that_breaks_it() throws IllegalAccessException {
        assertThat(MAIN_AND_BROKEN.stream().filter(c -> c.getSource().orElseThrow().getUri().toString()
                .contains("/test-classes/"))).hasSize(20).allMatch(c -> c.getSimpleName().startsWith("Broken"));
        List<DynamicTest> tests = new ArrayList<>();
        for (Class<?> rules : RULES) {
            for (Field field : rules.getDeclaredFields()) {
                if (field.isAnnotationPresent(ArchTest.class)) {
                    assertThat(Modifier.isStatic(field.getModifiers())).as(field.toString()).isTrue();
                    ArchRule rule = (ArchRule) field.get(null);
                    tests.add(DynamicTest.dynamicTest(rules.getSimpleName() + "." + field.getName(), () -> {
                        EvaluationResult result = rule.evaluate(MAIN_AND_BROKEN);
                        assertThat(result.hasViolation()).as("%s has a violation", field.getName()).isTrue();
                        assertThat(result.getFailureReport().getDetails())
                                .as("%s names a Broken class", field.getName())
                                .anyMatch(line -> line.contains(".Broken"));
                    }));
                }
            }
        }
        assertThat(tests).hasSize(30);
        return tests.stream();
    }
}
