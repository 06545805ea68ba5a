package dev.tmj.history;

import java.util.Objects;

/**
 * Where a run came from: the git commit, branch and author when the model lies in a git work tree (null outside
 * one) and tmj's version. The caller finds them (tm-cli asks git); the store only
 * records them.
 *
 * @param commit the full commit hash
 * @param branch the branch, or null for a detached head
 * @param author the commit's author, {@code Name <email>}
 * @param tmjVersion tmj's version
 */
public record RunSource(String commit, String branch, String author, String tmjVersion) {
    public RunSource {
        Objects.requireNonNull(tmjVersion, "tmjVersion");
    }
}
