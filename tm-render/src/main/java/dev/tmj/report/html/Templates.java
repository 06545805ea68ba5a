package dev.tmj.report.html;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/** Loading and running the report templates (mustache.java). */
final class Templates {
    static final String RESOURCES = "dev/tmj/report/html";

    private Templates() {
    }

    /** A bundled resource of this package as text, with Unix line ends. */
    static String resource(String name) {
        try (InputStream in = Templates.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCES + "/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Compiles a template. {@code {{x}}} is escaped by the factory's encoder (HTML for HTML reports, Markdown for
     * Markdown reports); partials ({@code {{> name}}}) are looked up beside the bundled templates.
     */
    static Mustache compile(DefaultMustacheFactory factory, String text, String name) {
        return compile(factory, text, name, name);
    }

    /**
     * {@code name} is what partials are resolved against, {@code shownAs} what errors call the template. The
     * template sees only the report view's values ({@link ViewObjectHandler}).
     */
    private static Mustache compile(DefaultMustacheFactory factory, String text, String name, String shownAs) {
        factory.setObjectHandler(new ViewObjectHandler());
        try {
            return factory.compile(new StringReader(text), name);
        } catch (MustacheException e) {
            throw new ReportTemplateException("report template " + shownAs + " is invalid: " + e.getMessage(), e);
        }
    }

    /** A user's template file; its partials are looked up in its directory. */
    static Mustache compile(Path template, Function<File, DefaultMustacheFactory> factory) {
        String text;
        try {
            text = Files.readString(template, StandardCharsets.UTF_8);
        } catch (java.nio.charset.CharacterCodingException e) {
            // Bad input with its file named (the decoder's own message says only "Input length = 1").
            throw new UncheckedIOException(new java.nio.file.FileSystemException(template.toString(), null,
                    "not a UTF-8 text file"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path dir = template.toAbsolutePath().getParent();
        return compile(factory.apply(dir.toFile()), text, template.getFileName().toString(), template.toString());
    }

    /** Runs a template, writing its text to the stream as UTF-8; the stream is flushed, not closed. */
    static void execute(Mustache template, Object view, OutputStream out) throws IOException {
        // Buffered: a template writes each value and text piece on its own, and an encoder per piece made the
        // reports of large models (hundreds of thousands of findings) take most of --out's time; encoded a chunk at
        // a time by String.getBytes (Utf8Writer), which is quicker than the charset encoder for such text.
        Writer writer = new Utf8Writer(out);
        try {
            template.execute(writer, view);
        } catch (MustacheException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new ReportTemplateException("report template " + template.getName() + " failed: "
                    + e.getMessage(), e);
        }
        writer.flush();
    }
}
