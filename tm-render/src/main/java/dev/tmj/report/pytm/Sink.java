package dev.tmj.report.pytm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

/** Where rendered text goes: the output, or a format spec being built (which keeps origins). */
interface Sink {
    /** Characters {@code [from, to)} of a template, copied as they are. */
    void literal(Source source, int from, int to);

    /** Text that a field produced; {@code origin} is where the field is in the written template. */
    void value(String text, int origin);

    /** Writes to an {@link Appendable}. */
    final class Out implements Sink {
        private final Appendable out;

        Out(Appendable out) {
            this.out = out;
        }

        @Override
        public void literal(Source source, int from, int to) {
            try {
                out.append(source.text, from, to);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void value(String text, int origin) {
            try {
                out.append(text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Builds a {@link Source}: a format spec after its fields were replaced. */
    final class Builder implements Sink {
        private final StringBuilder text = new StringBuilder();
        private int[] origins = new int[32];

        @Override
        public void literal(Source source, int from, int to) {
            ensure(to - from);
            for (int i = from; i < to; i++) {
                origins[text.length() + i - from] = source.origin(i);
            }
            text.append(source.text, from, to);
        }

        @Override
        public void value(String value, int origin) {
            ensure(value.length());
            Arrays.fill(origins, text.length(), text.length() + value.length(), origin);
            text.append(value);
        }

        private void ensure(int more) {
            int needed = text.length() + more + 1;
            if (needed > origins.length) {
                origins = Arrays.copyOf(origins, Math.max(needed, origins.length * 2));
            }
        }

        Source build(int endOrigin) {
            int[] exact = Arrays.copyOf(origins, text.length() + 1);
            exact[text.length()] = endOrigin;
            return Source.withOrigins(text.toString(), exact);
        }
    }
}
