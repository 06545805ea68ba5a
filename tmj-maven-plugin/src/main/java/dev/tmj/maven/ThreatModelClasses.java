package dev.tmj.maven;

import dev.tmj.dsl.ThreatModel;
import dev.tmj.model.Model;
import dev.tmj.model.TmjException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Builds the models of Java DSL classes compiled in the project. A class yields its model, in this order, through:
 * <ol>
 *   <li>its one static, parameterless method annotated {@code @ThreatModelSource} (tm-test's annotation, so a
 *       {@code @ThreatModelTest} class can be named as it is);</li>
 *   <li>else its one static, parameterless method that returns a {@code ThreatModel} or a {@code Model}
 *       ({@code public static ThreatModel model()});</li>
 *   <li>else, when it implements {@link Supplier} and has a parameterless constructor, a new instance's
 *       {@code get()}, which returns a {@code ThreatModel} or a {@code Model}.</li>
 * </ol>
 * The classes are loaded from the project's class path (its classes, test classes and dependencies) in a class
 * loader of their own, closed when this is; tmj's classes come from the plugin ({@link TmjFirstClassLoader}).
 */
final class ThreatModelClasses implements AutoCloseable {
    private static final String SOURCE_ANNOTATION = "dev.tmj.test.ThreatModelSource";

    private final URLClassLoader loader;

    private ThreatModelClasses(URLClassLoader loader) {
        this.loader = loader;
    }

    /** The classes of this class path (directories and jars), with tmj's classes taken from {@code tmj}. */
    static ThreatModelClasses on(List<Path> classPath, ClassLoader tmj) {
        URL[] urls = new URL[classPath.size()];
        for (int i = 0; i < urls.length; i++) {
            try {
                urls[i] = classPath.get(i).toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("class path element " + classPath.get(i), e);
            }
        }
        return new ThreatModelClasses(new URLClassLoader("tmj-project-classes", urls, new TmjFirstClassLoader(tmj)));
    }

    /** A loaded model and the class it came from (which names the source file its elements point to). */
    record Loaded(Class<?> type, Model model) {
    }

    /**
     * The model that the class of this fully qualified name builds.
     *
     * @throws ThreatModelClassException when no class has the name, or it yields no model as described above, or
     *     building the model throws
     */
    Loaded load(String className) {
        Class<?> type;
        try {
            type = Class.forName(className.strip(), false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new ThreatModelClassException("threatModelClasses: no class " + className.strip()
                    + " in the project's classes, test classes or dependencies (is it compiled? the goal runs in "
                    + "verify, after compile and test-compile)", e);
        }
        Object built = build(type);
        if (built instanceof ThreatModel tm) {
            return new Loaded(type, tm.model());
        }
        if (built instanceof Model model) {
            return new Loaded(type, model);
        }
        throw new ThreatModelClassException("threatModelClasses: " + type.getName() + " built "
                + (built == null ? "null" : "a " + built.getClass().getName()) + "; expected a "
                + ThreatModel.class.getName() + " or a " + Model.class.getName());
    }

    private static Object build(Class<?> type) {
        List<Method> annotated = staticNoArg(type).stream()
                .filter(m -> Arrays.stream(m.getAnnotations())
                        .anyMatch(a -> a.annotationType().getName().equals(SOURCE_ANNOTATION)))
                .toList();
        if (!annotated.isEmpty()) {
            return invoke(type, only(type, annotated, "@ThreatModelSource methods"));
        }
        List<Method> returningModel = staticNoArg(type).stream()
                .filter(m -> m.getReturnType() == ThreatModel.class || m.getReturnType() == Model.class).toList();
        if (!returningModel.isEmpty()) {
            return invoke(type, only(type, returningModel, "static methods returning a ThreatModel or a Model"));
        }
        if (Supplier.class.isAssignableFrom(type) && !Modifier.isAbstract(type.getModifiers())) {
            return supplied(type);
        }
        throw new ThreatModelClassException("threatModelClasses: " + type.getName() + " has no static, "
                + "parameterless method annotated @ThreatModelSource or returning a ThreatModel or a Model, and "
                + "is not a Supplier of one with a parameterless constructor");
    }

    private static List<Method> staticNoArg(Class<?> type) {
        List<Method> found = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0 && !m.isSynthetic()) {
                    found.add(m);
                }
            }
        }
        return found;
    }

    private static Method only(Class<?> type, List<Method> methods, String what) {
        if (methods.size() > 1) {
            throw new ThreatModelClassException("threatModelClasses: " + type.getName() + " has " + methods.size()
                    + " " + what + " (" + methods.stream().map(Method::getName).sorted().toList()
                    + "); expected exactly one");
        }
        return methods.get(0);
    }

    private static Object invoke(Class<?> type, Method method) {
        try {
            method.setAccessible(true);
            return method.invoke(null);
        } catch (InvocationTargetException e) {
            throw buildFailed(type.getName() + "." + method.getName() + "()", e.getCause());
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            throw buildFailed(type.getName() + "." + method.getName() + "()", e);
        }
    }

    private static Object supplied(Class<?> type) {
        try {
            Constructor<?> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return ((Supplier<?>) constructor.newInstance()).get();
        } catch (NoSuchMethodException e) {
            throw new ThreatModelClassException("threatModelClasses: " + type.getName()
                    + " is a Supplier without a parameterless constructor", e);
        } catch (InvocationTargetException e) {
            throw buildFailed("new " + type.getName() + "().get()", e.getCause());
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            throw buildFailed("new " + type.getName() + "().get()", e);
        }
    }

    private static ThreatModelClassException buildFailed(String call, Throwable cause) {
        if (cause instanceof TmjException tmj) {
            // the DSL's own errors (an unknown attribute, a bad value) say what is wrong with the model
            return new ThreatModelClassException("threatModelClasses: " + call + ": " + tmj.getMessage(), tmj);
        }
        return new ThreatModelClassException("threatModelClasses: " + call + " threw " + cause, cause);
    }

    @Override
    public void close() {
        try {
            loader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
