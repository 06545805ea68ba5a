package dev.tmj.testing;

import java.lang.reflect.Method;

/**
 * The bytes the calling thread has allocated so far, exactly as HotSpot counts them (not sampled, independent of the
 * machine's speed): what the allocation tests bound. Shared by the allocation tests of every module. Reached by reflection, since tm-core does not read
 * {@code jdk.management}, which the test run resolves all the same.
 */
public final class AllocatedBytes {
    private static final Object BEAN;
    private static final Method ALLOCATED;

    static {
        try {
            BEAN = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
            ALLOCATED = Class.forName("com.sun.management.ThreadMXBean").getMethod("getCurrentThreadAllocatedBytes");
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private AllocatedBytes() {
    }

    /** The bytes this thread has allocated since it started. */
    public static long sinceStart() {
        try {
            return (long) ALLOCATED.invoke(BEAN);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The bytes {@code work} allocates on this thread. */
    public static long of(Runnable work) {
        long before = sinceStart();
        work.run();
        return sinceStart() - before;
    }
}
