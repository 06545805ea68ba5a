/**
 * The Maven plugin: the goal {@code tmj:check} ({@link dev.tmj.maven.CheckMojo}), which puts model files and Java
 * DSL classes of the project through the same check as {@code tmj check} and fails the build through the gate.
 * Not an API: a Maven plugin, configured in a pom (docs/ci-integrations.md).
 */
package dev.tmj.maven;
