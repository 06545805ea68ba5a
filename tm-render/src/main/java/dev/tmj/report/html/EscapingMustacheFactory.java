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
    /**
     * The escapes of the thread that encoded last: a report encodes millions of values on one thread, and the
     * thread-local look-up per value was a tenth of the template's time. One field holding both, so that another
     * thread never sees one thread with another's table.
     */
    private Owned last;

    private record Owned(Thread thread, RecentEscapes escapes) {
    }

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
            Owned owned = last;
            Thread current = Thread.currentThread();
            if (owned == null || owned.thread() != current) {
                owned = new Owned(current, escapes.get());
                last = owned;
            }
            writer.write(owned.escapes().escape(value));
        } catch (IOException e) {
            throw new MustacheException("Failed to encode value", e);
        }
    }
}
