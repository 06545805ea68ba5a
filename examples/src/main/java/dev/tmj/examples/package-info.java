/**
 * Example threat models written with the Java DSL ({@link dev.tmj.examples.CommentBoard},
 * {@link dev.tmj.examples.WebShop}, {@link dev.tmj.examples.DeliveryPipeline}, {@link dev.tmj.examples.LlmAssistant});
 * their tests in this module show tm-test's assertions and {@code @Mitigates} evidence.
 * <p>
 * Examples to read and copy, not a library.
 */
package dev.tmj.examples;
