package dev.tmj.examples.code;

import java.util.List;
import java.util.Set;

/** The calendar agent's check of a tool's launch command before it runs it (an allow-list, no shell). */
public final class ToolLaunchPolicy {
    private static final Set<String> ALLOWED = Set.of("/usr/bin/calendar-tool", "/usr/bin/tz-lookup");

    private ToolLaunchPolicy() {
    }

    /** Whether the agent may start this command: a known binary, no shell metacharacters in its arguments. */
    public static boolean allows(List<String> command) {
        return !command.isEmpty() && ALLOWED.contains(command.get(0))
                && command.stream().skip(1).noneMatch(a -> a.matches(".*[;&|`$<>].*"));
    }
}
