package dev.tmj.cli;

import java.util.Arrays;
import java.util.List;

/** {@code --exclude SIDS}, as every command reads it: comma-separated SIDs, blanks around them ignored. */
final class ExcludeOption {
    private ExcludeOption() {
    }

    /** The SIDs of an {@code --exclude} value; none for a blank one. */
    static List<String> sids(String text) {
        return Arrays.stream(text.split(",")).map(String::trim).filter(sid -> !sid.isEmpty()).toList();
    }
}
