/**
 * Data-flow diagrams: pytm's {@code --dfd} Graphviz DOT ({@link dev.tmj.dfd.DfdRenderer}), drawn from a checked
 * or resolved model with pytm's layout rules, escaped so that any name draws as text, with filters for large
 * models ({@link dev.tmj.dfd.DfdOptions}), and rendered to SVG or PNG in process
 * ({@link dev.tmj.dfd.DiagramImages}) by Graphviz's {@code dot}, or by PlantUML's pure-Java Smetana layout
 * when {@code dot} is not installed.
 */
package dev.tmj.dfd;
