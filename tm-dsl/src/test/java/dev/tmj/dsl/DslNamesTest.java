package dev.tmj.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.tmj.model.ElementType;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The DSL's handles are named after pytm's classes plus {@code Spec} ({@code tm.server("Web")} gives a
 * {@link ServerSpec}), so no handle shares a simple name with the model it builds or with {@code java.lang}:
 * a model class and a handle can be imported side by side, and no handle hides {@code java.lang.Process}.
 */
class DslNamesTest {
    private static final Set<String> DSL = simpleNames("dev.tmj.dsl");

    @Test
    void should_share_no_simple_name_with_the_model() {
        Set<String> model = simpleNames("dev.tmj.model");

        assertThat(model).as("the model's classes, found on the class path").contains("Element", "Data");
        assertThat(DSL).doesNotContainAnyElementsOf(model);
    }

    @Test
    void should_share_no_simple_name_with_java_lang() {
        assertThat(DSL.stream().filter(DslNamesTest::isJavaLang)).isEmpty();
    }

    @Test
    void should_name_every_handle_after_its_pytm_class_plus_spec() {
        Stream<String> pytmClasses = Stream.concat(Arrays.stream(ElementType.values()).map(ElementType::pytmName),
                Stream.of("Data", "Controls"));

        assertThat(DSL).containsAll(pytmClasses.map(name -> name + "Spec").toList());
    }

    private static Set<String> simpleNames(String pkg) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(pkg).stream().filter(c -> c.getPackageName().equals(pkg))
                .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC))
                .map(JavaClass::getSimpleName).filter(n -> !n.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static boolean isJavaLang(String simpleName) {
        try {
            Class.forName("java.lang." + simpleName, false, DslNamesTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
