package dev.tmj.maven;

import dev.tmj.pipeline.WorkTree;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.project.MavenProject;

/**
 * Where a model class's source lies in the project, as every CI output shows a path: relative to the top of the git
 * work tree that holds the project (else to the project's folder), with forward slashes. The DSL records each
 * element's line in its declaring source file, so SARIF and JUnit point into that file.
 */
final class ProjectSources {
    private final Path root;
    private final List<Path> sourceRoots = new ArrayList<>();

    ProjectSources(MavenProject project) {
        Path basedir = project.getBasedir().toPath().toAbsolutePath().normalize();
        this.root = WorkTree.topOf(basedir).orElse(basedir);
        for (String folder : project.getCompileSourceRoots()) {
            sourceRoots.add(basedir.resolve(folder));
        }
        for (String folder : project.getTestCompileSourceRoots()) {
            sourceRoots.add(basedir.resolve(folder));
        }
    }

    /**
     * The repository-relative source file of a class (its outermost class's {@code .java} file in a source root),
     * else, for a class compiled elsewhere, its package path and name as the compiler would look for it.
     */
    String displayPath(Class<?> type) {
        Class<?> outer = type;
        while (outer.getEnclosingClass() != null) {
            outer = outer.getEnclosingClass();
        }
        String relative = outer.getName().replace('.', '/') + ".java";
        for (Path folder : sourceRoots) {
            Path file = folder.resolve(relative);
            if (Files.isRegularFile(file)) {
                return root.relativize(file.toAbsolutePath().normalize()).toString().replace(File.separatorChar, '/');
            }
        }
        return relative;
    }
}
