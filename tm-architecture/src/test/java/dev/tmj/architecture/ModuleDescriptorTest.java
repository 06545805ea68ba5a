package dev.tmj.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import dev.tmj.model.ModelObject;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleDescriptor.Opens;
import java.lang.module.ModuleDescriptor.Requires;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The module descriptors of the built tmj modules, read with {@link java.lang.module.ModuleFinder} from their jars
 * or classes: every package is exported except the internal ones, which are exported only to the tmj modules that
 * build on them, or not at all; only packages that a library reflects on are open, and only to that library. The
 * last tests compile a module against tm-core to show that the compiler enforces this.
 */
class ModuleDescriptorTest {
    /** Internal packages, and the only modules each may be exported to (none: not exported at all). */
    private static final Map<String, Map<String, Set<String>>> INTERNAL = Map.of(
            "dev.tmj.core", Map.of(
                    "dev.tmj.python", Set.of("dev.tmj.formats"),
                    "dev.tmj.python.value", Set.of("dev.tmj.formats", "dev.tmj.render", "dev.tmj.cli"),
                    "dev.tmj.io", Set.of("dev.tmj.iac", "dev.tmj.formats", "dev.tmj.render", "dev.tmj.integrations", "dev.tmj.cli",
                            "dev.tmj.test"),
                    "dev.tmj.model.internal", Set.of()),
            "dev.tmj.history", Map.of("dev.tmj.history.migration", Set.of()),
            "dev.tmj.cli", Map.of("dev.tmj.cli", Set.of()),
            "dev.tmj.iac", Map.of("dev.tmj.iac.yaml", Set.of()),
            "dev.tmj.formats", Map.of("dev.tmj.format.tree", Set.of()));

    /** The packages that are open, and to which library: each is read reflectively by that library. */
    private static final Map<String, Map<String, Set<String>>> OPEN = Map.of(
            "dev.tmj.render", Map.of("dev.tmj.report.html", Set.of("com.github.mustachejava")),
            "dev.tmj.cli", Map.of("dev.tmj.cli", Set.of("info.picocli")),
            // Flyway finds the SQL scripts through the class loader, which sees a named module's resources only in
            // packages open to everyone; the package holds the scripts and their constants, nothing to reflect on.
            "dev.tmj.history", Map.of("dev.tmj.history.migration", Set.of("EVERYONE")));

    @Test
    void every_tmj_module_has_its_own_descriptor() {
        for (TmjModule module : TmjModule.named()) {
            ModuleDescriptor descriptor = module.descriptor();
            assertThat(descriptor.name()).as(module.artifact()).isEqualTo(module.moduleName().orElseThrow());
            assertThat(descriptor.isAutomatic()).as(module.artifact() + " is automatic").isFalse();
            assertThat(descriptor.isOpen()).as(module.artifact() + " is an open module").isFalse();
        }
    }

    @Test
    void internal_packages_are_not_exported_or_only_to_the_tmj_modules_that_build_on_them() {
        Map<String, Map<String, Set<String>>> actual = new TreeMap<>();
        for (TmjModule module : TmjModule.named()) {
            ModuleDescriptor descriptor = module.descriptor();
            Map<String, Set<String>> internal = INTERNAL.getOrDefault(descriptor.name(), Map.of());
            assertThat(descriptor.packages()).as(descriptor.name() + "'s packages").containsAll(internal.keySet());
            Map<String, Set<String>> exportedTo = new TreeMap<>();
            for (String pkg : internal.keySet()) {
                exportedTo.put(pkg, Set.of());
            }
            for (Exports export : descriptor.exports()) {
                if (internal.containsKey(export.source())) {
                    exportedTo.put(export.source(), export.isQualified() ? export.targets() : Set.of("EVERYONE"));
                }
            }
            if (!exportedTo.isEmpty()) {
                actual.put(descriptor.name(), exportedTo);
            }
        }
        assertThat(actual).isEqualTo(INTERNAL);
    }

    @Test
    void every_other_package_is_exported_to_everyone() {
        for (TmjModule module : TmjModule.named()) {
            ModuleDescriptor descriptor = module.descriptor();
            Set<String> api = new TreeSet<>(descriptor.packages());
            api.removeAll(INTERNAL.getOrDefault(descriptor.name(), Map.of()).keySet());
            Set<String> exportedToEveryone = descriptor.exports().stream().filter(e -> !e.isQualified())
                    .map(Exports::source).collect(Collectors.toCollection(TreeSet::new));
            assertThat(exportedToEveryone).as(descriptor.name() + " exports to everyone").isEqualTo(api);
        }
    }

    @Test
    void only_packages_that_a_library_reflects_on_are_open_and_only_to_it() {
        Map<String, Map<String, Set<String>>> actual = new TreeMap<>();
        for (TmjModule module : TmjModule.named()) {
            ModuleDescriptor descriptor = module.descriptor();
            Map<String, Set<String>> opens = new TreeMap<>();
            for (Opens open : descriptor.opens()) {
                opens.put(open.source(), open.isQualified() ? open.targets() : Set.of("EVERYONE"));
            }
            if (!opens.isEmpty()) {
                actual.put(descriptor.name(), opens);
            }
        }
        assertThat(actual).isEqualTo(OPEN);
    }

    @Test
    void a_module_requires_only_the_tmj_modules_it_may_use() {
        for (TmjModule module : TmjModule.named()) {
            Set<String> requiredTmjModules = module.descriptor().requires().stream().map(Requires::name)
                    .filter(name -> name.startsWith("dev.tmj.")).collect(Collectors.toCollection(TreeSet::new));
            Set<String> allowed = module.uses().stream().map(m -> m.moduleName().orElseThrow())
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(allowed).as(module.artifact() + " may use").containsAll(requiredTmjModules);
        }
    }

    @Test
    void the_model_objects_unchecked_mutators_are_not_public() throws NoSuchMethodException {
        for (String name : List.of("setComputed", "applyDefault")) {
            Method mutator = ModelObject.class.getDeclaredMethod(name, String.class, Object.class);
            assertThat(Modifier.isPublic(mutator.getModifiers()) || Modifier.isProtected(mutator.getModifiers()))
                    .as("ModelObject.%s is API", name).isFalse();
        }
    }

    @Test
    void a_module_that_requires_tm_core_compiles_against_its_api(@TempDir Path dir) throws IOException {
        assertThat(compile(dir, "dev.tmj.model.Model")).isEmpty();
    }

    @Test
    void a_module_that_requires_tm_core_cannot_see_the_python_syntax(@TempDir Path dir) throws IOException {
        assertThat(compile(dir, "dev.tmj.python.Expr"))
                .contains("package dev.tmj.python is not visible")
                .contains("declared in module dev.tmj.core, which does not export it to module probe");
    }

    @Test
    void a_module_that_requires_tm_core_cannot_see_the_model_internals(@TempDir Path dir) throws IOException {
        assertThat(compile(dir, "dev.tmj.model.internal.ModelInternals"))
                .contains("package dev.tmj.model.internal is not visible")
                .contains("declared in module dev.tmj.core, which does not export it");
    }

    /** Compiles a module {@code probe} that requires tm-core and names {@code type}; returns javac's errors. */
    private static String compile(Path dir, String type) throws IOException {
        Path src = Files.createDirectories(dir.resolve("src/probe"));
        Files.writeString(dir.resolve("src/module-info.java"), "module probe { requires dev.tmj.core; }\n");
        Files.writeString(src.resolve("Probe.java"), "package probe;\n\npublic class Probe {\n    " + type
                + " value;\n}\n");
        String modulePath = TmjModule.CORE.location() + java.io.File.pathSeparator + locationOf(JsonFactory.class);
        // An empty class path: otherwise javac would find the internal packages on this test's class path.
        Path emptyClassPath = Files.createDirectories(dir.resolve("empty"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter errors = new StringWriter();
        boolean compiled = javac.getTask(errors, null, null,
                List.of("--module-path", modulePath, "--class-path", emptyClassPath.toString(), "-d", dir.resolve("out").toString(), "-Xlint:none"), null,
                javac.getStandardFileManager(null, null, null).getJavaFileObjects(
                        dir.resolve("src/module-info.java"), src.resolve("Probe.java"))).call();
        assertThat(compiled).as("compiled: " + errors).isEqualTo(errors.toString().isEmpty());
        return errors.toString();
    }

    private static Path locationOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
