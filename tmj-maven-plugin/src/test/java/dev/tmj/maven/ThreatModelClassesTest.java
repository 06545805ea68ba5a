package dev.tmj.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tmj.model.Model;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Classes compiled here, as a project's would be, and loaded from their own folder: the plugin's {@code ThreatModel}
 * and {@code Model} are the ones the loaded classes use, so their models reach the pipeline.
 */
class ThreatModelClassesTest {
    @TempDir
    Path dir;

    @Test
    void should_build_the_model_of_a_static_method_returning_a_ThreatModel() throws IOException {
        Path classes = compile(Map.of("shop/Shop.java", """
                package shop;
                import dev.tmj.dsl.ThreatModel;
                public final class Shop {
                    public static ThreatModel model() {
                        var tm = ThreatModel.named("Shop");
                        tm.server("Web");
                        return tm;
                    }
                    public static String unrelated() { return ""; }
                }
                """));
        try (ThreatModelClasses loader = ThreatModelClasses.on(List.of(classes), getClass().getClassLoader())) {
            ThreatModelClasses.Loaded loaded = loader.load("shop.Shop");

            assertThat(loaded.model()).isInstanceOf(Model.class);
            assertThat(loaded.model().name()).isEqualTo("Shop");
            assertThat(loaded.type().getName()).isEqualTo("shop.Shop");
            assertThat(loaded.type().getClassLoader()).isNotSameAs(getClass().getClassLoader());
        }
    }

    @Test
    void should_prefer_the_method_annotated_ThreatModelSource_of_a_threat_model_test_class() throws IOException {
        Path classes = compile(Map.of(
                "dev/tmj/test/ThreatModelSource.java", """
                package dev.tmj.test;
                @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
                public @interface ThreatModelSource {}
                """,
                "shop/ShopThreatModelTest.java", """
                package shop;
                import dev.tmj.dsl.ThreatModel;
                class ShopThreatModelTest {
                    @dev.tmj.test.ThreatModelSource
                    static ThreatModel model() { return ThreatModel.named("Annotated"); }
                    static ThreatModel other() { return ThreatModel.named("Other"); }
                }
                """));
        try (ThreatModelClasses loader = ThreatModelClasses.on(List.of(classes), getClass().getClassLoader())) {
            assertThat(loader.load("shop.ShopThreatModelTest").model().name()).isEqualTo("Annotated");
        }
    }

    @Test
    void should_build_the_model_of_a_Supplier() throws IOException {
        Path classes = compile(Map.of("shop/Supplied.java", """
                package shop;
                public class Supplied implements java.util.function.Supplier<dev.tmj.model.Model> {
                    public dev.tmj.model.Model get() { return dev.tmj.model.Model.named("Supplied"); }
                }
                """));
        try (ThreatModelClasses loader = ThreatModelClasses.on(List.of(classes), getClass().getClassLoader())) {
            assertThat(loader.load("shop.Supplied").model().name()).isEqualTo("Supplied");
        }
    }

    @Test
    void should_refuse_a_class_with_two_model_methods_naming_both() throws IOException {
        Path classes = compile(Map.of("shop/Two.java", """
                package shop;
                import dev.tmj.dsl.ThreatModel;
                public final class Two {
                    public static ThreatModel first() { return ThreatModel.named("1"); }
                    public static ThreatModel second() { return ThreatModel.named("2"); }
                }
                """));
        try (ThreatModelClasses loader = ThreatModelClasses.on(List.of(classes), getClass().getClassLoader())) {
            assertThatThrownBy(() -> loader.load("shop.Two"))
                    .isInstanceOf(ThreatModelClassException.class)
                    .hasMessage("threatModelClasses: shop.Two has 2 static methods returning a ThreatModel or a "
                            + "Model ([first, second]); expected exactly one");
        }
    }

    @Test
    void should_refuse_a_class_that_is_not_a_threat_model() throws IOException {
        Path classes = compile(Map.of("shop/Plain.java", "package shop; public class Plain {}"));
        try (ThreatModelClasses loader = ThreatModelClasses.on(List.of(classes), getClass().getClassLoader())) {
            assertThatThrownBy(() -> loader.load("shop.Plain"))
                    .isInstanceOf(ThreatModelClassException.class)
                    .hasMessageStartingWith("threatModelClasses: shop.Plain has no static, parameterless method");
        }
    }

    @Test
    void should_name_a_class_that_is_not_on_the_class_path() throws IOException {
        try (ThreatModelClasses loader = ThreatModelClasses.on(List.of(dir), getClass().getClassLoader())) {
            assertThatThrownBy(() -> loader.load("shop.Missing"))
                    .isInstanceOf(ThreatModelClassException.class)
                    .hasMessageStartingWith("threatModelClasses: no class shop.Missing in the project's classes");
        }
    }

    @Test
    void should_report_the_dsl_error_of_a_model_that_cannot_be_built() throws IOException {
        Path classes = compile(Map.of("shop/Broken.java", """
                package shop;
                import dev.tmj.dsl.ThreatModel;
                public final class Broken {
                    public static ThreatModel model() {
                        var tm = ThreatModel.named("Broken");
                        tm.element("Web").element().set("noSuchAttribute", true);
                        return tm;
                    }
                }
                """));
        try (ThreatModelClasses loader = ThreatModelClasses.on(List.of(classes), getClass().getClassLoader())) {
            assertThatThrownBy(() -> loader.load("shop.Broken"))
                    .isInstanceOf(ThreatModelClassException.class)
                    .hasMessageStartingWith("threatModelClasses: shop.Broken.model(): ")
                    .hasMessageContaining("noSuchAttribute");
        }
    }

    private Path compile(Map<String, String> sources) throws IOException {
        Path src = dir.resolve("src");
        Path out = Files.createDirectories(dir.resolve("classes"));
        List<String> args = new ArrayList<>(List.of("-d", out.toString(), "-classpath",
                System.getProperty("java.class.path"), "-proc:none"));
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = src.resolve(source.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            args.add(file.toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac.run(null, null, null, args.toArray(String[]::new))).as("javac").isZero();
        return out;
    }
}
