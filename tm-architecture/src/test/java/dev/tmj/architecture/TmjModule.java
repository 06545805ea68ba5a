package dev.tmj.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * tmj's Maven modules, the JPMS module each one builds (tm-bench builds none: it runs from a shaded jar; nor does the
 * Maven plugin: Maven runs it on the class path), and the
 * tmj modules its code may use. A module's packages are read from where its classes were built (its jar, or
 * {@code target/classes}), so a new package belongs to its module without a change here.
 */
enum TmjModule {
    CORE("tm-core", "dev.tmj.core", dev.tmj.model.Model.class),
    DSL("tm-dsl", "dev.tmj.dsl", dev.tmj.dsl.ThreatModel.class, CORE),
    IAC("tm-iac", "dev.tmj.iac", dev.tmj.iac.terraform.TerraformConfig.class, CORE),
    FORMATS("tm-formats", "dev.tmj.formats", dev.tmj.format.ModelFiles.class, CORE, IAC),
    RENDER("tm-render", "dev.tmj.render", dev.tmj.render.Outputs.class, CORE, FORMATS),
    INTEGRATIONS("tm-integrations", "dev.tmj.integrations", dev.tmj.comment.PullRequestComments.class, CORE),
    HISTORY("tm-history", "dev.tmj.history", dev.tmj.history.HistoryStore.class, CORE, FORMATS),
    CLI("tm-cli", "dev.tmj.cli", dev.tmj.cli.Main.class, CORE, FORMATS, RENDER, INTEGRATIONS, HISTORY),
    TEST("tm-test", "dev.tmj.test", dev.tmj.test.ThreatModelTest.class, CORE, DSL, RENDER),
    EXAMPLES("examples", "dev.tmj.examples", dev.tmj.examples.CommentBoard.class, CORE, DSL),
    BENCH("tm-bench", null, dev.tmj.bench.SyntheticModel.class, CORE, FORMATS, IAC, HISTORY),
    MAVEN_PLUGIN("tmj-maven-plugin", null, dev.tmj.maven.CheckMojo.class, CORE, DSL, FORMATS, RENDER);

    private final String artifact;
    private final String moduleName;
    private final Class<?> anchor;
    private final List<TmjModule> uses;
    private Set<String> packages;

    TmjModule(String artifact, String moduleName, Class<?> anchor, TmjModule... uses) {
        this.artifact = artifact;
        this.moduleName = moduleName;
        this.anchor = anchor;
        this.uses = List.of(uses);
    }

    String artifact() {
        return artifact;
    }

    /** The JPMS module name, if this Maven module builds a named module. */
    Optional<String> moduleName() {
        return Optional.ofNullable(moduleName);
    }

    /** The tmj modules this one may use. */
    List<TmjModule> uses() {
        return uses;
    }

    /** The jar or classes directory this module's classes come from. */
    Path location() {
        try {
            return Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** This module's descriptor, read from its jar or classes directory. */
    ModuleDescriptor descriptor() {
        if (moduleName == null) {
            throw new IllegalStateException(artifact + " builds no named module");
        }
        Set<ModuleReference> found = ModuleFinder.of(location()).findAll();
        if (found.size() != 1) {
            throw new IllegalStateException("expected one module in " + location() + ", found " + found);
        }
        return found.iterator().next().descriptor();
    }

    /** The packages of this module's classes. */
    synchronized Set<String> packages() {
        if (packages == null) {
            packages = Set.copyOf(packagesIn(location()));
        }
        return packages;
    }

    /** The classes of this module. */
    DescribedPredicate<JavaClass> classes() {
        return DescribedPredicate.describe("are in " + artifact, c -> packages().contains(c.getPackageName()));
    }

    /** The rule that this module's classes use no tmj module besides itself and {@link #uses()}. */
    ArchRule usesOnlyTheModulesItDependsOn() {
        Set<TmjModule> allowed = EnumSet.of(this);
        allowed.addAll(uses);
        Set<String> allowedPackages = allowed.stream().flatMap(m -> m.packages().stream()).collect(Collectors.toSet());
        String others = uses.isEmpty() ? "any other tmj module"
                : "a tmj module other than " + uses.stream().map(TmjModule::artifact).collect(Collectors.joining(", "));
        DescribedPredicate<JavaClass> otherTmjModules = DescribedPredicate.describe("are in " + others,
                c -> c.getPackageName().startsWith("dev.tmj.") && !allowedPackages.contains(c.getPackageName()));
        return noClasses().that(classes()).should().dependOnClassesThat(otherTmjModules)
                .because("the tmj modules depend one way only, as their poms and module descriptors declare");
    }

    private static Set<String> packagesIn(Path location) {
        Set<String> result = new TreeSet<>();
        try {
            if (Files.isDirectory(location)) {
                try (Stream<Path> files = Files.walk(location)) {
                    files.filter(f -> f.toString().endsWith(".class"))
                            .map(f -> location.relativize(f).toString().replace(location.getFileSystem().getSeparator(), "/"))
                            .forEach(name -> addPackage(result, name));
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    jar.stream().map(e -> e.getName()).filter(n -> n.endsWith(".class")).forEach(n -> addPackage(result, n));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (result.isEmpty()) {
            throw new IllegalStateException("no classes in " + location);
        }
        return result;
    }

    private static void addPackage(Set<String> packages, String classFile) {
        int slash = classFile.lastIndexOf('/');
        if (slash > 0 && !classFile.startsWith("META-INF/")) {
            packages.add(classFile.substring(0, slash).replace('/', '.'));
        }
    }

    /** The named modules, in build order. */
    static List<TmjModule> named() {
        return Arrays.stream(values()).filter(m -> m.moduleName != null).toList();
    }
}
