package dev.tmj.pipeline;

import dev.tmj.model.Excerpt;
import dev.tmj.model.SourceException;
import dev.tmj.model.SourcePosition;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Finds the threat library a model names with {@code threatsFile}, under a {@link ModelThreatsFile} policy. Errors
 * name the model file and the path as the model wrote it (as an {@link Excerpt}: it is input), never anything read
 * from the file it points at.
 */
final class ModelLibrary {
    /** The most characters of the model's path an error quotes. */
    private static final int MAX_PATH = 200;

    private ModelLibrary() {
    }

    /**
     * The library file, resolved against the model file's folder, with symbolic links resolved.
     *
     * @throws SourceException if the policy forbids a model's library, or the path is outside the model's
     *     {@linkplain #root(Path) root} or does not exist
     */
    static Path locate(Path modelFile, String named, ModelThreatsFile policy) {
        if (policy == ModelThreatsFile.FORBID) {
            throw error(modelFile, "the model names its own threat library " + quoted(named) + ", which this run"
                    + " does not allow; name the library with --threats (or in the project's configuration)");
        }
        Path folder = modelFile.toAbsolutePath().normalize().getParent();
        Path root = root(folder);
        Path candidate;
        try {
            candidate = folder.resolve(named).normalize();
        } catch (InvalidPathException e) {
            throw error(modelFile, "threat library " + quoted(named) + " is not a valid path");
        }
        // Checked before the file system is asked, so that nothing outside (not even whether a file exists) is read.
        if (!candidate.startsWith(root)) {
            throw outside(modelFile, named, root);
        }
        Path realFolder;
        Path real;
        try {
            realFolder = root.toRealPath();
            real = candidate.toRealPath();
        } catch (NoSuchFileException e) {
            throw error(modelFile, "threat library " + quoted(named) + " does not exist");
        } catch (IOException e) {
            throw error(modelFile, "threat library " + quoted(named) + " cannot be read: "
                    + e.getClass().getSimpleName().replace("Exception", ""));
        }
        if (!real.startsWith(realFolder)) {
            throw outside(modelFile, named, root);
        }
        return real;
    }

    /**
     * The folder a model's library must lie in: the model's repository (the nearest folder at or above the
     * model's that holds a {@code .git} entry, as a checkout or a worktree has), so that models in sub-folders can
     * share one library, as pytm scripts do with {@code os.path.join(os.path.dirname(__file__), "..", ...)};
     * the model's own folder when it is in no repository. Only names are looked up on the way up, never content.
     */
    static Path root(Path folder) {
        return WorkTree.topOf(folder).orElse(folder);
    }

    private static SourceException outside(Path modelFile, String named, Path root) {
        return error(modelFile, "threat library " + quoted(named) + " is outside " + root + ", the model's"
                + " repository or, outside any repository, its folder (after resolving links); name other"
                + " libraries with --threats");
    }

    private static String quoted(String named) {
        return '"' + Excerpt.of(named, MAX_PATH) + '"';
    }

    private static SourceException error(Path modelFile, String reason) {
        return new SourceException(SourcePosition.of(modelFile.toString(), 0, 0).at("threatsFile"), reason);
    }
}
