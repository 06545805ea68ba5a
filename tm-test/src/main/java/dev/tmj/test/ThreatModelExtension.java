package dev.tmj.test;

import dev.tmj.dsl.ThreatModel;
import dev.tmj.model.Model;
import dev.tmj.pipeline.Pipeline;
import dev.tmj.resolve.CheckedModel;
import dev.tmj.resolve.Evidence;
import dev.tmj.resolve.Findings;
import dev.tmj.threat.ThreatLibrary;
import java.io.IOException;
import java.lang.reflect.Method;
import dev.tmj.io.TerminalText;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * Runs a {@link ThreatModelTest} class: resolves its model once (class-level store), injects it, fails tests
 * whose {@link Mitigates} claims are stale, records each claiming test's outcome, and after all tests writes
 * the diagrams and reports with those outcomes as evidence. Configuration parameters (or system properties):
 * {@code tmj.output.dir} (default {@code target/threat-model}) and {@code tmj.today} (ISO date for expiries).
 */
public final class ThreatModelExtension
        implements BeforeAllCallback, BeforeEachCallback, ParameterResolver, TestWatcher, AfterAllCallback {
    private static final Namespace NAMESPACE = Namespace.create(ThreatModelExtension.class);
    private static final String RUN = "run";

    /** JUnit creates the extension for every {@link ThreatModelTest} class. */
    public ThreatModelExtension() {
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (run(context) != null) {
            return; // a @Nested class shares its enclosing class's model
        }
        Class<?> testClass = context.getRequiredTestClass();
        List<Method> sources = AnnotationSupport.findAnnotatedMethods(testClass, ThreatModelSource.class,
                HierarchyTraversalMode.TOP_DOWN);
        if (sources.size() != 1 || !java.lang.reflect.Modifier.isStatic(sources.get(0).getModifiers())
                || sources.get(0).getParameterCount() != 0) {
            throw new ExtensionConfigurationException(testClass.getName() + " must declare exactly one static, "
                    + "parameterless @ThreatModelSource method returning ThreatModel or Model; found "
                    + sources.size());
        }
        Object built = ReflectionSupport.invokeMethod(sources.get(0), null);
        ThreatModel tm = built instanceof ThreatModel t ? t : null;
        Model model = tm != null ? tm.model() : built instanceof Model m ? m : null;
        if (model == null) {
            throw new ExtensionConfigurationException("@ThreatModelSource " + sources.get(0) + " returned "
                    + built + "; expected a ThreatModel or a Model");
        }
        Pipeline pipeline = Pipeline.of(model).threats(library(testClass));
        Optional<String> today = context.getConfigurationParameter("tmj.today");
        if (today.isPresent()) {
            pipeline = pipeline.asOf(LocalDate.parse(today.get()));
        }
        Findings findings = pipeline.run().findings();
        context.getStore(NAMESPACE).put(RUN, new ThreatModelRun(context.getUniqueId(), tm, model, findings));
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        ThreatModelRun run = requiredRun(context);
        for (Mitigates claim : claims(context)) {
            run.staleness(claim, testName(context)).ifPresent(why -> {
                throw new AssertionError(why);
            });
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Findings.class || type == Model.class || type == CheckedModel.class
                || type == ThreatModel.class && run(context) != null && run(context).threatModel().isPresent();
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ThreatModelRun run = requiredRun(context);
        Class<?> type = parameter.getParameter().getType();
        if (type == Findings.class) {
            return run.findings();
        }
        if (type == CheckedModel.class) {
            return run.findings().checkedModel();
        }
        return type == Model.class ? run.model() : run.threatModel().orElseThrow();
    }

    @Override
    public void testSuccessful(ExtensionContext context) {
        record(context, true, "");
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        record(context, false, oneLine(cause));
    }

    @Override
    public void testAborted(ExtensionContext context, Throwable cause) {
        record(context, false, "aborted: " + oneLine(cause));
    }

    @Override
    public void testDisabled(ExtensionContext context, Optional<String> reason) {
        record(context, false, "disabled" + reason.map(r -> ": " + r).orElse(""));
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        ThreatModelRun run = run(context);
        if (run == null || !run.owner().equals(context.getUniqueId())) {
            return;
        }
        Findings evidenced = run.withEvidence();
        Path dir = Path.of(context.getConfigurationParameter("tmj.output.dir").orElse("target/threat-model"))
                .resolve(Artifacts.safeFileName(run.model().name()));
        Artifacts.write(evidenced, dir);
        long open = evidenced.findings().stream().filter(f -> !f.status().isHandled()).count();
        System.out.println(TerminalText.line("tmj: " + evidenced.size() + " findings of \"" + run.model().name()
                + "\" (" + open + " open) written to " + dir));
    }

    private void record(ExtensionContext context, boolean passed, String detail) {
        ThreatModelRun run = run(context);
        if (run != null) {
            claims(context).forEach(claim -> run.record(claim, new Evidence(testName(context), passed, detail)));
        }
    }

    private static List<Mitigates> claims(ExtensionContext context) {
        return context.getTestMethod()
                .map(m -> AnnotationSupport.findRepeatableAnnotations(m, Mitigates.class)).orElse(List.of());
    }

    private static String testName(ExtensionContext context) {
        return context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
    }

    /** The failure message on one line, shortened: evidence details are one-liners in reports. */
    private static String oneLine(Throwable cause) {
        String text = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage().strip();
        String line = text.replaceAll("\\s*\\R\\s*", " ");
        return line.length() > 160 ? line.substring(0, 157) + "..." : line;
    }

    private static ThreatModelRun run(ExtensionContext context) {
        return context.getStore(NAMESPACE).get(RUN, ThreatModelRun.class);
    }

    private static ThreatModelRun requiredRun(ExtensionContext context) {
        ThreatModelRun run = run(context);
        if (run == null) {
            throw new ExtensionConfigurationException("ThreatModelExtension needs a class-level registration "
                    + "(@ThreatModelTest on the class)");
        }
        return run;
    }

    private static ThreatLibrary library(Class<?> testClass) {
        String library = AnnotationSupport.findAnnotation(testClass, ThreatModelTest.class)
                .map(ThreatModelTest::library).orElse("");
        if (library.isBlank()) {
            return ThreatLibrary.builtIn();
        }
        if (library.startsWith(ThreatLibrary.BUILT_IN_PREFIX)) {
            return ThreatLibrary.builtIn(library.substring(ThreatLibrary.BUILT_IN_PREFIX.length()));
        }
        if (library.startsWith("classpath:")) {
            return ThreatLibrary.fromResource(testClass, library.substring("classpath:".length()));
        }
        return ThreatLibrary.fromJson(Path.of(library));
    }

}
