package dev.tmj.format.script;

import java.util.HashMap;
import java.util.Map;

/** The names of one running function, the frame it was defined in, and its {@code global} names. */
final class CallFrame {
    final Map<String, Object> names = new HashMap<>();
    final CallFrame enclosing;
    final java.util.Set<String> globals = new java.util.HashSet<>();

    CallFrame(CallFrame enclosing) {
        this.enclosing = enclosing;
    }
}
