/**
 * Sequence diagrams of checked models, as pytm's {@code --seq} draws them: {@link dev.tmj.sequence.SequenceDiagram}
 * gives the participants and messages and writes PlantUML text with every name escaped;
 * {@link dev.tmj.sequence.SequenceImages} renders that text to SVG or PNG in process with PlantUML (sequence
 * diagrams need no Graphviz).
 */
package dev.tmj.sequence;
