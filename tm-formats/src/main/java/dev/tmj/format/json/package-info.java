/**
 * Models in JSON and YAML: {@link dev.tmj.format.json.PytmJsonModelReader} reads pytm's JSON model input,
 * {@link dev.tmj.format.json.TmjModelReader} and {@link dev.tmj.format.json.TmjModelWriter} read and write tmj's own model
 * format (docs/model-format.md); {@link dev.tmj.format.json.PytmJsonWriter} renders resolved findings as pytm's
 * {@code --json} output through {@code PythonJsonOutput}, a byte writer of Python's {@code json.dump} format (for
 * speed at a gigabyte of output; its escaping is pinned against {@link dev.tmj.format.json.EscapingJsonWriter},
 * which the HTML report's embedded data still uses). Every reading error is a
 * {@link dev.tmj.model.SourceException} with the line, column and path of the value at fault. Jackson is used only
 * by the classes named {@code *Reader} and {@code *Writer}; the binding of a located tree to a model is
 * format-free. {@link dev.tmj.format.json.ReadLimits} bounds what every reader reads and what the writer writes.
 */
package dev.tmj.format.json;
