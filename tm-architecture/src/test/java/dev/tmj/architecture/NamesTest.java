package dev.tmj.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.tmj.model.ElementType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every top-level class of tmj has a name no other tmj class has, so that a reader never has to ask which
 * {@code Node} or {@code Py} is meant. The DSL's handles are named after pytm's classes plus {@code Spec} ({@code tm.server("Web")} gives a
 * {@code ServerSpec}), so no handle shares a simple name with the model it builds or with {@code java.lang}:
 * a model class and a handle can be imported side by side, and no handle hides {@code java.lang.Process}.
 */
class NamesTest {
    private static final Set<String> DSL = simpleNames("dev.tmj.dsl");

    @Test
    void should_give_every_top_level_class_a_name_no_other_tmj_class_has() {
        Map<String, List<String>> byName = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.tmj").stream()
                .filter(JavaClass::isTopLevelClass).filter(c -> !c.getSimpleName().equals("package-info"))
                .collect(Collectors.groupingBy(JavaClass::getSimpleName, TreeMap::new,
                        Collectors.mapping(JavaClass::getName, Collectors.toList())));

        assertThat(byName).as("tmj's classes, found on the class path").containsKeys("Pipeline", "ServerSpec");
        assertThat(byName.values()).allSatisfy(classes -> assertThat(classes).hasSize(1));
    }

    @Test
    void should_share_no_simple_name_with_the_model() {
        Set<String> model = simpleNames("dev.tmj.model");

        assertThat(model).as("the model's classes, found on the class path").contains("Element", "Data");
        assertThat(DSL).doesNotContainAnyElementsOf(model);
    }

    @Test
    void should_share_no_simple_name_with_java_lang() {
        assertThat(DSL.stream().filter(NamesTest::isJavaLang)).isEmpty();
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
            Class.forName("java.lang." + simpleName, false, NamesTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
