package dev.tmj.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Claims that a test proves a finding mitigated: when the test passes, the reports written after the class show
 * the finding mitigated with the test as evidence; when it fails (or is aborted or disabled) the finding is open
 * with "evidence failed: <test>". A claim naming no finding of the model fails its test: a stale claim must
 * not pass silently.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Repeatable(Mitigates.List.class)
public @interface Mitigates {
    /** The threat's SID, for example {@code INP02}. */
    String threat();

    /** The name of the element the finding is on, for example {@code Web server}. */
    String element();

    /** Holds repeated {@link Mitigates} annotations. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @interface List {
        Mitigates[] value();
    }
}
