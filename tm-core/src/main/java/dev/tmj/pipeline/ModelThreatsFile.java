package dev.tmj.pipeline;

/**
 * Whether a model may choose its own threat library with its {@code threatsFile} setting (pytm's
 * {@code tm.threatsFile}). A model is input, often from a pull request: a library it chooses can silence every
 * threat ({@code []}), and a path it names must not make tmj read a file outside the model's own repository. A library
 * the caller gives ({@link Pipeline#threats}, {@link Pipeline#threatFiles}, the command line's {@code --threats})
 * always wins, and then the model's setting is not looked at.
 */
public enum ModelThreatsFile {
    /**
     * The model's {@code threatsFile} is used when it lies inside the model's repository (the nearest folder
     * above the model file that holds {@code .git}) or, for a model in no repository, inside the model's folder or
     * a folder below it, after symbolic links are resolved (a link inside that points outside is outside); a path
     * elsewhere is an error naming it. The default of {@link Pipeline}.
     */
    INSIDE_REPOSITORY,
    /**
     * A model that names a {@code threatsFile} is an error, unless the caller chose the library: for a CI gate,
     * where the team, not the change under review, decides which threats count. {@code tmj check} will default
     * to this.
     */
    FORBID
}
