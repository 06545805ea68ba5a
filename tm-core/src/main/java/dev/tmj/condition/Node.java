package dev.tmj.condition;

import dev.tmj.python.value.Py;

/**
 * A compiled piece of a condition. The compiler turns the syntax tree into a tree of nodes once; running a
 * condition walks these nodes with a frame of local values (slot 0 is {@code target}), never the text.
 */
abstract class Node {
    abstract Object eval(Frame frame);

    /** {@code bool(eval(frame))}, overridden where a node can answer without boxing. */
    boolean test(Frame frame) {
        return Py.truthy(eval(frame));
    }
}
