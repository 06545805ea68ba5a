package dev.tmj.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class about one threat model, declared by a static {@link ThreatModelSource} method. The model is
 * resolved once for the class; test methods may take {@code Findings}, {@code ThreatModel}, {@code Model} or
 * {@code CheckedModel} parameters; {@link Mitigates} links tests to findings; after the class, the diagrams
 * and reports (with each test's outcome as evidence) are written to
 * {@code target/threat-model/<model name>/} (configuration parameter or system property {@code tmj.output.dir}).
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(ThreatModelExtension.class)
public @interface ThreatModelTest {
    /**
     * The threat library: "" for {@code ThreatLibrary.builtIn()}, {@code builtin:NAME} for a built-in library
     * ({@code builtin:linddun}, {@code builtin:all}: security and privacy), {@code classpath:/path/threats.json}
     * for a resource, anything else a file path relative to the working directory.
     */
    String library() default "";
}
