package dev.tmj.iac.terraform;

import dev.tmj.iac.hcl.Value;
import dev.tmj.model.SourcePosition;

/** The other things a configuration declares, each with the module that declares it and its position. */
public final class Declarations {
    private Declarations() {
    }

    /**
     * A {@code variable} and the value it has here: given (tfvars, the caller's map or a module's argument), else its
     * default, else unknown.
     */
    public record Variable(String name, String module, Value value, boolean sensitive, SourcePosition position) {
    }

    /** A {@code locals} entry and its value. */
    public record Local(String name, String module, Value value, SourcePosition position) {
    }

    /** A {@code provider} block: findings about something missing in an account are located here. */
    public record Provider(String name, String module, BlockValue body) {
        /** Where the provider block starts. */
        public SourcePosition position() {
            return body.position();
        }
    }

    /** An {@code output} and its value. */
    public record Output(String name, String module, Value value, boolean sensitive, SourcePosition position) {
    }

    /**
     * A {@code module} block: its address ({@code module.db}, {@code module.db[0]}), its {@code source} as written and
     * whether tmj followed it (local sources only).
     */
    public record ModuleCall(String address, String source, boolean followed, SourcePosition position) {
    }

    /**
     * Something tmj read but did not do, or could not know: a data source it does not fetch, a provisioner it does
     * not run, a remote module it does not download, a {@code count} it cannot expand.
     */
    public record Note(SourcePosition position, String message) {
    }
}
