package dev.tmj.format.script;

import java.util.Iterator;
import java.util.NoSuchElementException;

/** {@code range(start, stop, step)}, iterated lazily. */
record Range(long start, long stop, long step) implements Iterable<Object> {
    long length() {
        if (step > 0 && start < stop) {
            return (stop - start + step - 1) / step;
        }
        if (step < 0 && start > stop) {
            return (start - stop - step - 1) / -step;
        }
        return 0;
    }

    @Override
    public Iterator<Object> iterator() {
        return new Iterator<>() {
            private long next = start;

            @Override
            public boolean hasNext() {
                return step > 0 ? next < stop : next > stop;
            }

            @Override
            public Object next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                long value = next;
                next += step;
                return value;
            }
        };
    }

    @Override
    public String toString() {
        return step == 1 ? "range(" + start + ", " + stop + ")" : "range(" + start + ", " + stop + ", " + step + ")";
    }
}
