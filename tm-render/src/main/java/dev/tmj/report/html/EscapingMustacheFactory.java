package dev.tmj.report.html;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.resolver.DefaultResolver;
import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.util.function.UnaryOperator;

/**
 * A mustache factory whose {@code {{x}}} escapes with the report's own escaper (HTML or Markdown), each thread
 * remembering the escapes of recurring values ({@link RecentEscapes}): the threat texts every finding repeats are
 * escaped once. Partials come from the bundled templates or from a user's template folder.
 */
final class EscapingMustacheFactory extends DefaultMustacheFactory {
    private final ThreadLocal<RecentEscapes> escapes;

    private EscapingMustacheFactory(DefaultResolver partials, UnaryOperator<String> escaper) {
        super(partials);
        this.escapes = ThreadLocal.withInitial(() -> new RecentEscapes(escaper));
    }

    /** Partials from {@code partialsDir}, or from the bundled templates when it is null. */
    static DefaultMustacheFactory of(File partialsDir, UnaryOperator<String> escaper) {
        return new EscapingMustacheFactory(partialsDir == null ? new DefaultResolver(Templates.RESOURCES)
                : new DefaultResolver(partialsDir), escaper);
    }

    @Override
    public void encode(String value, Writer writer) {
        try {
            writer.write(escapes.get().escape(value));
        } catch (IOException e) {
            throw new MustacheException("Failed to encode value", e);
        }
    }
}
