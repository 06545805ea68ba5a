package dev.tmj.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the static, parameterless method of a {@link ThreatModelTest} class that builds its model; it returns
 * a {@code dev.tmj.dsl.ThreatModel} or a {@code dev.tmj.model.Model}. Exactly one per class hierarchy.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ThreatModelSource {
}
