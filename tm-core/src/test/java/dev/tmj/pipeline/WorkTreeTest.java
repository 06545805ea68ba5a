package dev.tmj.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkTreeTest {
    @TempDir
    Path dir;

    @Test
    void should_find_the_nearest_folder_holding_a_git_folder() throws IOException {
        Files.createDirectories(dir.resolve("repo/.git"));
        Path deep = Files.createDirectories(dir.resolve("repo/a/b"));

        assertThat(WorkTree.topOf(deep)).hasValue(dir.resolve("repo").toAbsolutePath().normalize());
    }

    @Test
    void should_find_a_worktree_or_submodule_whose_git_entry_is_a_file() throws IOException {
        Path top = Files.createDirectories(dir.resolve("outer/.git").getParent().resolve("inner"));
        Files.createDirectories(dir.resolve("outer/.git"));
        Files.writeString(top.resolve(".git"), "gitdir: ../.git/worktrees/inner\n");

        assertThat(WorkTree.topOf(top.resolve("x/..").resolve("."))).hasValue(top.toAbsolutePath().normalize());
    }

    @Test
    void should_find_nothing_outside_a_work_tree() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("plain"));
        org.junit.jupiter.api.Assumptions.assumeTrue(WorkTree.topOf(dir).isEmpty(), "the temp folder is in a repo");

        assertThat(WorkTree.topOf(folder)).isEmpty();
    }
}
