package dev.tmj.format.script;

import dev.tmj.python.value.Py;
import dev.tmj.python.value.PyObject;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code pathlib.Path} of a script: a string with pathlib's POSIX rules, never a look at the file system.
 * Scripts build their library's path with it ({@code Path(__file__).resolve().parents[1] / "threats.json"});
 * {@code resolve()} makes the path absolute against the script's folder and removes {@code ..} by name, since
 * a script's paths are names of files in its own repository, not links to follow.
 */
record ScriptPath(String path) implements PyObject {
    /** pathlib's normal form: no empty or {@code .} parts, no trailing slash; {@code "."} for nothing. */
    static ScriptPath of(String joined) {
        boolean absolute = joined.startsWith("/");
        List<String> parts = new ArrayList<>();
        for (String part : joined.split("/")) {
            if (!part.isEmpty() && !part.equals(".")) {
                parts.add(part);
            }
        }
        String body = String.join("/", parts);
        return new ScriptPath(absolute ? "/" + body : body.isEmpty() ? "." : body);
    }

    /** {@code self / part}, and {@code Path(a, b)}: an absolute part starts again, as in pathlib. */
    ScriptPath join(String part) {
        return of(StdModules.join(path, part));
    }

    ScriptPath parent() {
        int slash = path.lastIndexOf('/');
        if (slash < 0) {
            return new ScriptPath(".");
        }
        return slash == 0 ? new ScriptPath("/") : new ScriptPath(path.substring(0, slash));
    }

    /** {@code p.parents}: the parent, its parent, and so on up to the root or {@code "."}. */
    List<Object> parents() {
        List<Object> parents = new ArrayList<>();
        for (ScriptPath at = this; !at.path.equals("/") && !at.path.equals("."); ) {
            at = at.parent();
            parents.add(at);
        }
        return parents;
    }

    String name() {
        return path.equals("/") || path.equals(".") ? "" : path.substring(path.lastIndexOf('/') + 1);
    }

    String suffix() {
        String name = name();
        int dot = name.lastIndexOf('.');
        return dot <= 0 || dot == name.length() - 1 ? "" : name.substring(dot);
    }

    String stem() {
        String name = name();
        return name.substring(0, name.length() - suffix().length());
    }

    @Override
    public String typeName() {
        return "PosixPath";
    }

    @Override
    public String repr() {
        return "PosixPath(" + Py.repr(path) + ")";
    }

    @Override
    public String str() {
        return path;
    }
}
