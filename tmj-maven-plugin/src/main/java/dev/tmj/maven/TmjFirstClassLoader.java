package dev.tmj.maven;

/**
 * The parent of the project's class loader: tmj's own classes come from the plugin, everything else from the
 * platform. A project's model class and the plugin must share one {@code ThreatModel} and one {@code Model} class,
 * or the model a class builds could not be handed to the plugin's pipeline; the project's other libraries stay
 * the project's, unseen by the plugin.
 */
final class TmjFirstClassLoader extends ClassLoader {
    static {
        registerAsParallelCapable();
    }

    private final ClassLoader tmj;

    TmjFirstClassLoader(ClassLoader tmj) {
        super("tmj-plugin-classes", ClassLoader.getPlatformClassLoader());
        this.tmj = tmj;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (name.startsWith("dev.tmj.")) {
            try {
                return tmj.loadClass(name);
            } catch (ClassNotFoundException notTmjs) {
                // a project class in a dev.tmj package (tmj's own examples): the project's class path has it
            }
        }
        return super.loadClass(name, resolve);
    }
}
