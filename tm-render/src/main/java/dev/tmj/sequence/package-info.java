/**
 * Sequence diagrams of checked models, as pytm's {@code --seq} draws them: {@link dev.tmj.sequence.SequenceDiagram}
 * gives the participants and messages and their PlantUML text with every name escaped;
 * {@link dev.tmj.sequence.SequenceRenderer} writes that text, or renders it to SVG or PNG in process with PlantUML
 * (sequence diagrams need no Graphviz).
 */
package dev.tmj.sequence;
