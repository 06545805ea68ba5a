package dev.tmj.format.script;

import dev.tmj.python.Expr;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The few standard modules a pytm script may import besides pytm: {@code os} and {@code os.path} for the pure
 * path functions {@code join dirname basename abspath} and {@code pathlib} for its {@code Path} ({@link ScriptPath})
 * (scripts use them to name their own {@code threatsFile}), and {@code sys} for {@code sys.argv}. Nothing here touches the file system: paths are strings, with POSIX
 * rules as Python on Linux has them, and {@code abspath} resolves against the script's own folder.
 */
final class StdModules {
    /** A standard module the script imported. */
    record StdModule(String name) {
        @Override
        public String toString() {
            return "<module '" + name + "'>";
        }
    }

    private static final Set<String> MODULES = Set.of("os", "os.path", "pathlib", "sys");

    static final List<String> PATH_CLASSES = List.of("Path", "PurePath", "PurePosixPath", "PosixPath");

    static final List<String> PATH_METHODS = List.of("resolve", "absolute", "joinpath", "as_posix");

    static final List<String> PATH_FUNCTIONS = List.of("join", "dirname", "basename", "abspath");

    private final ScriptInterpreter script;

    StdModules(ScriptInterpreter script) {
        this.script = script;
    }

    static boolean exists(String module) {
        return MODULES.contains(module);
    }

    /** {@code os.path}, {@code os.path.join}, {@code sys.argv}; empty for a name tmj does not offer. */
    Optional<Object> attribute(StdModule module, String name) {
        return switch (module.name()) {
            case "os" -> name.equals("path") ? Optional.of(new StdModule("os.path")) : Optional.empty();
            case "os.path" -> PATH_FUNCTIONS.contains(name) ? Optional.of(new BuiltinFunction("os.path." + name))
                    : Optional.empty();
            case "pathlib" -> PATH_CLASSES.contains(name) ? Optional.of(new BuiltinFunction("pathlib." + name))
                    : Optional.empty();
            default -> name.equals("argv") ? Optional.of(argv()) : Optional.empty();
        };
    }

    /** Why {@code module.name} is refused. */
    static String refusal(StdModule module, String name) {
        String offered = switch (module.name()) {
            case "sys" -> "sys.argv";
            case "pathlib" -> "pathlib's Path (with / parent parents name stem suffix resolve absolute joinpath)";
            default -> "os.path.join, os.path.dirname, os.path.basename and os.path.abspath";
        };
        return "'" + module.name() + "." + name + "' is not supported: besides pytm, a model script may use only "
                + offered;
    }

    /** tmj passes none of its own arguments to the script: {@code python3 tm.py} run without arguments. */
    private Object argv() {
        return ScriptValues.list(new ArrayList<>(List.of(script.file())));
    }

    /** {@code Path(a, b ...)}: the parts joined, relative ones against the parts before. */
    ScriptPath path(Args args, Expr at) {
        args.onlyKeywords(script, "Path", List.of(), at);
        ScriptPath path = ScriptPath.of(".");
        for (int i = 0; i < args.size(); i++) {
            path = path.join(part(args.get(i), at));
        }
        script.charge(path.path().length(), at);
        return path;
    }

    /** {@code path.name}, {@code path.parent} ...; empty for an attribute tmj does not offer. */
    Optional<Object> pathAttribute(ScriptPath path, String name) {
        return Optional.ofNullable(switch (name) {
            case "parent" -> path.parent();
            case "parents" -> ScriptValues.tuple(path.parents());
            case "name" -> path.name();
            case "stem" -> path.stem();
            case "suffix" -> path.suffix();
            default -> null;
        });
    }

    /** {@code path.resolve()}, {@code absolute()}, {@code joinpath(...)}, {@code as_posix()}. */
    Object pathMethod(ScriptPath path, Expr.Attribute method, Args args, Expr.Call call) {
        String name = method.attr();
        if (!PATH_METHODS.contains(name)) {
            throw script.error(method, "'Path." + name + "' is not supported: a model script's paths are names only;"
                    + " tmj offers " + String.join(", ", PATH_METHODS) + " and / parent parents name stem suffix");
        }
        args.onlyKeywords(script, name, List.of(), call);
        if (name.equals("joinpath")) {
            ScriptPath joined = path;
            for (int i = 0; i < args.size(); i++) {
                joined = joined.join(part(args.get(i), call));
            }
            return joined;
        }
        args.arity(script, name, 0, 0, call);
        if (name.equals("as_posix")) {
            return path.path();
        }
        return ScriptPath.of(normalize(path.path().startsWith("/") ? path.path()
                : scriptFolder() + "/" + path.path()));
    }

    /** A part of a path: a str or a Path, as {@code os.fspath} accepts. */
    String part(Object value, Expr at) {
        if (value instanceof ScriptPath path) {
            return path.path();
        }
        if (value instanceof String text) {
            return text;
        }
        throw script.error(at, "expected str or Path, not " + dev.tmj.python.value.Py.typeName(value));
    }

    /** A call of one of {@link #PATH_FUNCTIONS}, by its full name {@code os.path.join}. */
    Object call(String function, Args args, Expr at) {
        if (function.startsWith("pathlib.")) {
            return path(args, at);
        }
        String name = function.substring("os.path.".length());
        args.onlyKeywords(script, name, List.of(), at);
        if (name.equals("join")) {
            args.arity(script, name, 1, Integer.MAX_VALUE, at);
            String path = args.string(script, 0, at);
            for (int i = 1; i < args.size(); i++) {
                path = join(path, args.string(script, i, at));
            }
            script.charge(path.length(), at);
            return path;
        }
        args.arity(script, name, 1, 1, at);
        String path = args.string(script, 0, at);
        int slash = path.lastIndexOf('/') + 1;
        return switch (name) {
            case "basename" -> path.substring(slash);
            case "dirname" -> {
                String head = path.substring(0, slash);
                yield head.isEmpty() || head.chars().allMatch(c -> c == '/') ? head : head.replaceAll("/+$", "");
            }
            default -> normalize(path.startsWith("/") ? path : scriptFolder() + "/" + path);
        };
    }

    /** {@code posixpath.join(path, part)}: an absolute part starts again. */
    static String join(String path, String part) {
        return part.startsWith("/") || path.isEmpty() ? part : path.endsWith("/") ? path + part : path + "/" + part;
    }

    /** The absolute folder of the script, as {@code os.path.dirname(__file__)} gives it. */
    private String scriptFolder() {
        String file = (String) script.bound("__file__");
        return file.substring(0, Math.max(1, file.lastIndexOf('/')));
    }

    /** The script's absolute path, as Python gives {@code __file__}; a name that is no path stays as it is. */
    static String absolute(String file) {
        try {
            return java.nio.file.Path.of(file).toAbsolutePath().normalize().toString().replace('\\', '/');
        } catch (java.nio.file.InvalidPathException e) {
            return file;
        }
    }

    /** Python's {@code posixpath.normpath} of an absolute path. */
    static String normalize(String path) {
        List<String> parts = new ArrayList<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
            } else {
                parts.add(part);
            }
        }
        return "/" + String.join("/", parts);
    }
}
