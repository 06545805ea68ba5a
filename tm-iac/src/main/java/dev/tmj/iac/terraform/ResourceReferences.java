package dev.tmj.iac.terraform;

import dev.tmj.iac.hcl.Body;
import dev.tmj.iac.hcl.Expression;
import dev.tmj.iac.hcl.Expression.Template;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The resources, data sources and modules an expression refers to, read from its syntax (so a branch not taken
 * still counts, as in Terraform's dependency graph): {@code aws_security_group.web.id} refers to
 * {@code aws_security_group.web}. A reference through {@code local.x} counts what that local refers to, one through
 * {@code var.x} in a module what the module's caller passed to it. Names bound by for expressions, splats,
 * {@code dynamic} iterators and template loops are not references; nor is a name the module does not declare.
 */
final class ResourceReferences {
    private final String prefix;
    private final Set<String> declared;
    private final Map<String, Body.Attribute> locals;
    private final Map<String, Set<String>> variableReferences;
    private final Map<String, Set<String>> localReferences = new HashMap<>();
    private final Set<String> inProgress = new HashSet<>();
    private final Deque<String> bound = new ArrayDeque<>();

    /**
     * @param prefix the module's address and a dot ({@code module.db.}), empty in the root module
     * @param declared the module's resources, data sources and module calls ({@code aws_vpc.main},
     *     {@code data.aws_ami.x}, {@code module.db})
     * @param locals the module's locals
     * @param variableReferences for each variable, what the caller's argument refers to (full addresses)
     */
    ResourceReferences(String prefix, Set<String> declared, Map<String, Body.Attribute> locals,
            Map<String, Set<String>> variableReferences) {
        this.prefix = prefix;
        this.declared = declared;
        this.locals = locals;
        this.variableReferences = variableReferences;
    }

    /** The references of a whole body, nested blocks included; {@code iterators} are names bound in it. */
    Set<String> of(Body body, List<String> iterators) {
        Set<String> into = new TreeSet<>();
        iterators.forEach(bound::push);
        try {
            body(body, into);
        } finally {
            iterators.forEach(i -> bound.pop());
        }
        return into;
    }

    Set<String> of(Expression expression) {
        Set<String> into = new TreeSet<>();
        walk(expression, into);
        return into;
    }

    private void body(Body body, Set<String> into) {
        body.attributes().forEach(a -> walk(a.expression(), into));
        for (Body.Block block : body.blocks()) {
            boolean dynamic = block.type().equals("dynamic") && !block.labels().isEmpty();
            if (dynamic) {
                String iterator = block.body().attribute("iterator")
                        .filter(a -> a.expression() instanceof Expression.Variable)
                        .map(a -> ((Expression.Variable) a.expression()).name()).orElse(block.labels().get(0));
                bound.push(iterator);
            }
            body(block.body(), into);
            if (dynamic) {
                bound.pop();
            }
        }
    }

    private void walk(Expression expression, Set<String> into) {
        if (expression instanceof Expression.Variable || expression instanceof Expression.GetAttr
                || expression instanceof Expression.Index) {
            traversal(expression, into);
        } else if (expression instanceof Expression.Splat splat) {
            walk(splat.source(), into);
            walk(splat.each(), into);
        } else if (expression instanceof Template template) {
            parts(template.parts(), into);
        } else if (expression instanceof Expression.Tuple tuple) {
            tuple.items().forEach(i -> walk(i, into));
        } else if (expression instanceof Expression.ObjectCons object) {
            object.items().forEach(i -> {
                walk(i.key(), into);
                walk(i.value(), into);
            });
        } else if (expression instanceof Expression.Call call) {
            call.args().forEach(a -> walk(a, into));
        } else if (expression instanceof Expression.Unary unary) {
            walk(unary.operand(), into);
        } else if (expression instanceof Expression.Binary binary) {
            walk(binary.left(), into);
            walk(binary.right(), into);
        } else if (expression instanceof Expression.Conditional c) {
            walk(c.condition(), into);
            walk(c.then(), into);
            walk(c.otherwise(), into);
        } else if (expression instanceof Expression.Parens parens) {
            walk(parens.expression(), into);
        } else if (expression instanceof Expression.For f) {
            walk(f.collection(), into);
            withBound(f.keyVar(), f.valueVar(), () -> {
                for (Expression part : new Expression[] {f.keyResult(), f.value(), f.condition()}) {
                    if (part != null) {
                        walk(part, into);
                    }
                }
            });
        }
    }

    private void parts(List<Template.Part> parts, Set<String> into) {
        for (Template.Part part : parts) {
            if (part instanceof Template.Interpolation in) {
                walk(in.expression(), into);
            } else if (part instanceof Template.If branch) {
                walk(branch.condition(), into);
                parts(branch.then(), into);
                parts(branch.otherwise(), into);
            } else if (part instanceof Template.For loop) {
                walk(loop.collection(), into);
                withBound(loop.key(), loop.value(), () -> parts(loop.body(), into));
            }
        }
    }

    private void withBound(String key, String value, Runnable body) {
        bound.push(value);
        if (key != null) {
            bound.push(key);
        }
        try {
            body.run();
        } finally {
            bound.pop();
            if (key != null) {
                bound.pop();
            }
        }
    }

    /** A chain of attributes and indexes from a name: the name's reference, and those of the indexes. */
    private void traversal(Expression expression, Set<String> into) {
        List<String> names = new ArrayList<>();
        Expression current = expression;
        while (current instanceof Expression.GetAttr || current instanceof Expression.Index) {
            if (current instanceof Expression.GetAttr get) {
                names.add(0, get.name());
                current = get.source();
            } else {
                Expression.Index index = (Expression.Index) current;
                walk(index.key(), into);
                names.clear();
                current = index.source();
            }
        }
        if (current instanceof Expression.Variable root) {
            reference(root.name(), names, into);
        } else {
            walk(current, into);
        }
    }

    /** {@code names}: the attribute names that follow the root directly (up to the first index). */
    private void reference(String root, List<String> names, Set<String> into) {
        if (bound.contains(root) || names.isEmpty()) {
            return;
        }
        String first = names.get(0);
        switch (root) {
            case "var" -> into.addAll(variableReferences.getOrDefault(first, Set.of()));
            case "local" -> into.addAll(local(first));
            case "data" -> {
                if (names.size() > 1 && declared.contains("data." + first + "." + names.get(1))) {
                    into.add(prefix + "data." + first + "." + names.get(1));
                }
            }
            default -> {
                if (declared.contains(root + "." + first)) {
                    into.add(prefix + root + "." + first);
                }
            }
        }
    }

    private Set<String> local(String name) {
        Set<String> known = localReferences.get(name);
        if (known != null) {
            return known;
        }
        Body.Attribute local = locals.get(name);
        if (local == null || !inProgress.add(name)) {
            return Set.of();
        }
        try {
            Set<String> found = of(local.expression());
            localReferences.put(name, found);
            return found;
        } finally {
            inProgress.remove(name);
        }
    }
}
