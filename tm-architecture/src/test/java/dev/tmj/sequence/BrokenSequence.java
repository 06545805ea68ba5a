package dev.tmj.sequence;

import java.io.IOException;

/** Breaks the rules on purpose (see EveryRuleCanFailTest): the sequence diagram starts a program. */
class BrokenSequence {
    Process graphviz() throws IOException {
        return Runtime.getRuntime().exec(new String[] {"dot", "-Tsvg"});
    }
}
