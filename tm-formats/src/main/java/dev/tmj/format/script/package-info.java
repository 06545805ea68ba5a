/**
 * Reads a pytm model script ({@code tm.py}) into a {@link dev.tmj.model.Model} without executing anything:
 * {@link dev.tmj.format.script.PytmScriptReader} understands the declarative subset of Python that such scripts use
 * (imports of pytm, assignments, pytm constructor calls, {@code if __name__ == "__main__":}) and reports
 * anything else as a {@link dev.tmj.model.SourceException} with file, line and column.
 * <p>
 * Public API: {@link dev.tmj.format.script.PytmScriptReader} only; everything else here is internal.
 */
package dev.tmj.format.script;
