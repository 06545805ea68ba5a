/**
 * {@code tmj check} as a library: {@link dev.tmj.check.Check} resolves one or more models through the one
 * {@code Pipeline}, puts their findings through a {@code dev.tmj.gate.Gate} (against a baseline when given) and
 * returns the {@code CheckResult}; {@link dev.tmj.check.CheckOutputs} writes the CI outputs of a result. The command
 * line ({@code tmj check}, {@code tmj comment}) and the Maven plugin share it. API.
 */
package dev.tmj.check;
