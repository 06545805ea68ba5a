package dev.tmj.format.script;

import dev.tmj.model.Model;
import dev.tmj.model.PositionedException;
import dev.tmj.model.SourceException;
import dev.tmj.python.PythonSyntaxException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads a pytm model script ({@code tm.py}) into a {@link Model} without running it: the script is parsed as
 * the declarative subset of Python that pytm models use, and its pytm calls are mapped onto tmj's model.
 *
 * <pre>{@code
 * Model model = PytmScriptReader.read(Path.of("tm.py"));
 * Findings findings = Resolver.resolve(model, library);
 * }</pre>
 *
 * <p>The subset: comments and a shebang; {@code import pytm [as p]}, {@code from pytm import A, B} or
 * {@code *}, and the same from pytm's modules ({@code from pytm.pytm import TM}, {@code import pytm.enums}); assignments to names and attribute chains ({@code web.controls.isHardened = True}); calls of
 * pytm's constructors ({@code TM}, every element class, {@code Dataflow}, {@code Data}, {@code Assumption},
 * and {@code Finding} inside an {@code overrides} list) with positional and keyword arguments; {@code pytm.flows}'
 * {@code req_reply} and {@code reply}, whose tuples an unpacking assignment ({@code req, resp = ...}) takes apart;
 * {@code tm.process()} (ignored: tmj's command line does the processing); {@code if __name__ == "__main__":};
 * {@code pass}; docstrings. Values are strings, numbers, True/False/None, lists, tuples, sets, names bound
 * earlier, pytm enum members and attributes read from model objects. Around the model, plain Python runs in
 * tmj's own interpreter: {@code print} (kept in {@link Model#printed()}), f-strings, {@code if}, {@code for},
 * {@code while}, {@code def}, operators, comprehensions and a few builtins and string methods, within a budget
 * of steps and sizes. Anything else is refused with a
 * {@link SourceException} naming the file, line and column.
 *
 * <p>Errors are collected, not just the first: every syntax error of the script (the parser goes on at the next
 * statement), or, for a script without syntax errors, the error of each top-level statement that fails (the
 * interpreter goes on with the next one; a name that such a statement failed to bind is not reported again
 * where it is used: the statements that use it are skipped). The exception thrown is the first error, carrying
 * all of them in {@link SourceException#errors()} (at most {@link PositionedException#MAX_ERRORS}) and what the
 * script printed before it in {@link SourceException#printed()}. A budget error (steps, sizes) stops at once.
 *
 * <p>Elements may be created before {@code TM(...)}, as pytm allows; a script must call {@code TM(...)}
 * exactly once. Every element and data item records the line and column of the call that created it.
 */
public final class PytmScriptReader {
    private PytmScriptReader() {
    }

    /**
     * Reads a script file (UTF-8). Errors and source locations name the file as {@code file.toString()} gives
     * it, that is as the caller named it.
     *
     * @throws SourceException for a file that cannot be read or a script tmj cannot accept
     */
    public static Model read(Path file) {
        return read(file, false);
    }

    /**
     * Reads a script file (UTF-8); with {@code strict}, an attribute pytm does not define is an error instead of
     * a warning in {@link Model#warnings()}.
     *
     * @throws SourceException for a file that cannot be read or a script tmj cannot accept
     */
    public static Model read(Path file, boolean strict) {
        String name = file.toString();
        String source;
        try {
            source = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new SourceException(name, 0, 0, "no such file");
        } catch (CharacterCodingException e) {
            throw new SourceException(name, 0, 0, "the script is not UTF-8 text");
        } catch (IOException e) {
            throw new SourceException(name, 0, 0, "cannot read the script: " + e.getMessage());
        }
        return read(source, name, strict);
    }

    /**
     * Reads script text; {@code fileName} is used in errors and source locations.
     *
     * @throws SourceException with file, line and column for a syntax error, a construct outside the subset,
     *     an unknown class or attribute, or a value of the wrong type
     */
    public static Model read(String source, String fileName) {
        return read(source, fileName, false);
    }

    /**
     * Reads script text; with {@code strict}, an attribute pytm does not define is an error instead of a
     * warning in {@link Model#warnings()}.
     *
     * @throws SourceException as {@link #read(String, String)} does, and for an undefined attribute when strict
     */
    public static Model read(String source, String fileName, boolean strict) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(fileName, "fileName");
        String text = source.startsWith("\uFEFF") ? source.substring(1) : source;
        List<Stmt> statements;
        try {
            statements = ScriptParser.parse(text);
        } catch (PythonSyntaxException e) {
            List<SourceException> errors = new ArrayList<>();
            for (PositionedException error : e.errors()) {
                errors.add(syntaxError(fileName, error));
            }
            throw PositionedException.collect(errors, e.stoppedEarly());
        }
        return new ScriptInterpreter(fileName, strict).run(statements);
    }

    private static SourceException syntaxError(String fileName, PositionedException e) {
        // A token quoted in the reason may be a multi-line string; the error stays on one line.
        String reason = e.reason().replace("\r", "\\r").replace("\n", "\\n");
        if (reason.endsWith("not supported")) {
            reason = ScriptParser.unsupported(reason);
        }
        return new SourceException(fileName, e.line(), e.column(), reason);
    }
}
