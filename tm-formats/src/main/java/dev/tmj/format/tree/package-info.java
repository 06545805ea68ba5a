/**
 * JSON and YAML read into a tree that keeps the line, column and path of every value
 * ({@link dev.tmj.format.tree.LocatedTreeReader}, {@link dev.tmj.format.tree.LocatedNode}), so that every reader of a
 * JSON or YAML format (tmj's model, pytm's JSON, {@code tmj.yaml}, the interchange formats) reports a problem with its
 * file, line, column and path. Internal to tm-formats: not exported.
 */
package dev.tmj.format.tree;
