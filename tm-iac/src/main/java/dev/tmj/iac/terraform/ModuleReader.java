package dev.tmj.iac.terraform;

import dev.tmj.iac.hcl.Body;
import dev.tmj.iac.hcl.Evaluator;
import dev.tmj.iac.hcl.HclException;
import dev.tmj.iac.hcl.Value;
import dev.tmj.iac.terraform.Declarations.Local;
import dev.tmj.iac.terraform.Declarations.ModuleCall;
import dev.tmj.iac.terraform.Declarations.Note;
import dev.tmj.iac.terraform.Declarations.Output;
import dev.tmj.iac.terraform.Declarations.Provider;
import dev.tmj.iac.terraform.Declarations.Variable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a module directory and, recursively, the local modules it calls: declarations, variable values, instances,
 * evaluated bodies and references. Collects what {@link TerraformConfig} returns.
 */
final class ModuleReader {
    /** How deep local modules may call local modules. */
    static final int MAX_MODULE_DEPTH = 16;
    /** The most resources of one configuration, modules included. */
    static final int MAX_RESOURCES = 100_000;

    final List<Resource> resources = new ArrayList<>();
    final List<Variable> variables = new ArrayList<>();
    final List<Local> locals = new ArrayList<>();
    final List<Provider> providers = new ArrayList<>();
    final List<Output> outputs = new ArrayList<>();
    final List<ModuleCall> modules = new ArrayList<>();
    final List<Note> notes = new ArrayList<>();
    final List<String> files = new ArrayList<>();

    private final Evaluator evaluator = new Evaluator();
    private final BlockEvaluator blocks = new BlockEvaluator(notes::add);
    private final SourceFiles sources;
    private final Deque<Path> reading = new ArrayDeque<>();
    private final String rootPath;

    ModuleReader(SourceFiles sources, String rootPath) {
        this.sources = sources;
        this.rootPath = rootPath;
    }

    /**
     * Reads the module in {@code dir}.
     *
     * @param prefix its address and a dot ({@code module.db.}), empty for the root module
     * @param inputs the values given to its variables
     * @param inputReferences what each given value refers to
     */
    void read(Path dir, String prefix, Map<String, Value> inputs, Map<String, Set<String>> inputReferences)
            throws IOException {
        Path real = dir.toRealPath();
        reading.push(real);
        try {
            ModuleDeclarations declared = ModuleDeclarations.of(sources.parse(real, files));
            String module = prefix.isEmpty() ? "" : prefix.substring(0, prefix.length() - 1);
            Map<String, Value> values = variableValues(declared, inputs, module);
            ModuleScope scope = new ModuleScope(evaluator, values, declared.locals, sources.display(real), rootPath);
            ResourceReferences references = new ResourceReferences(prefix, declared.addresses(), declared.locals, inputReferences);
            scope.localValues().forEach((name, value) -> locals.add(new Local(name, module, value,
                    declared.locals.get(name).position())));
            for (Body.Block block : declared.resources) {
                readResource(block, prefix, module, scope, references);
            }
            for (Body.Block block : declared.modules) {
                readModuleCall(block, real, prefix, scope, references);
            }
            for (Body.Block block : declared.providers) {
                providers.add(new Provider(block.labels().get(0), module,
                        blocks.evaluate(block, scope, Map.of(), "provider " + block.labels().get(0))));
            }
            for (Body.Block block : declared.outputs) {
                Value value = block.body().attribute("value").map(a -> scope.evaluate(a.expression()))
                        .orElse(Value.NULL);
                outputs.add(new Output(block.labels().get(0), module, value, isTrue(block, "sensitive", scope),
                        block.position()));
            }
        } finally {
            reading.pop();
        }
    }

    private Map<String, Value> variableValues(ModuleDeclarations declared, Map<String, Value> inputs, String module) {
        Map<String, Value> values = new LinkedHashMap<>();
        ModuleScope constants = new ModuleScope(evaluator, Map.of(), Map.of(), "", rootPath);
        for (Body.Block block : declared.variables.values()) {
            String name = block.labels().get(0);
            Value value = inputs.get(name);
            if (value == null) {
                value = block.body().attribute("default").map(a -> constants.evaluate(a.expression()))
                        .orElse(new Value.Unknown("the variable " + name + " has no default and no value was given"));
            }
            values.put(name, value);
            variables.add(new Variable(name, module, value, isTrue(block, "sensitive", constants), block.position()));
        }
        return values;
    }

    private void readResource(Body.Block block, String prefix, String module, ModuleScope scope, ResourceReferences references) {
        boolean data = block.type().equals("data");
        String type = block.labels().get(0);
        String name = block.labels().get(1);
        String base = prefix + (data ? "data." : "") + type + "." + name;
        if (data && (type.equals("http") || type.equals("external"))) {
            notes.add(new Declarations.Note(block.position(), base + " is not read: tmj fetches nothing and runs nothing"));
        }
        Set<String> refs = references.of(block.body(), List.of());
        for (Instances.Instance instance : Instances.of(block.body(), scope, base, notes::add)) {
            if (resources.size() >= MAX_RESOURCES) {
                throw new HclException(block.position(), "more than " + MAX_RESOURCES + " resources; tmj reads at most that many");
            }
            String address = base + instance.suffix();
            BlockValue body = blocks.evaluate(block, instance.scope(scope), Map.of(), address);
            resources.add(new Resource(address, data ? Resource.Mode.DATA : Resource.Mode.MANAGED, type, name, module,
                    instance.key(), body, refs));
        }
    }

    private static final Set<String> MODULE_META = Set.of("source", "version", "count", "for_each", "providers",
            "depends_on");

    private void readModuleCall(Body.Block block, Path dir, String prefix, ModuleScope scope, ResourceReferences references)
            throws IOException {
        String name = block.labels().get(0);
        Body.Attribute sourceAttribute = block.body().attribute("source").orElse(null);
        Value sourceValue = sourceAttribute == null ? null : scope.evaluate(sourceAttribute.expression());
        String source = sourceValue instanceof Value.Str s ? s.value() : "";
        for (Instances.Instance instance : Instances.of(block.body(), scope, prefix + "module." + name, notes::add)) {
            String address = prefix + "module." + name + instance.suffix();
            ModuleScope instanceScope = instance.scope(scope);
            Map<String, Value> inputs = new HashMap<>();
            Map<String, Set<String>> inputReferences = new HashMap<>();
            for (Body.Attribute argument : block.body().attributes()) {
                if (!MODULE_META.contains(argument.name())) {
                    inputs.put(argument.name(), instanceScope.evaluate(argument.expression()));
                    inputReferences.put(argument.name(), references.of(argument.expression()));
                }
            }
            Path child = null;
            if (source.startsWith("./") || source.startsWith("../")) {
                Path folder = dir.resolve(source).normalize();
                if (!Files.isDirectory(folder)) {
                    throw new HclException(sourceAttribute.position(), "the module " + name + "'s source " + source
                            + " is not a folder");
                }
                if (reading.contains(folder.toRealPath())) {
                    notes.add(new Note(sourceAttribute.position(), address + ": the source " + source
                            + " leads back to a module being read; not followed"));
                } else if (reading.size() > MAX_MODULE_DEPTH) {
                    notes.add(new Note(sourceAttribute.position(), address + ": modules nest deeper than "
                            + MAX_MODULE_DEPTH + "; not followed"));
                } else {
                    child = folder;
                }
            } else {
                String why = sourceAttribute == null ? "has no source"
                        : sourceValue instanceof Value.Str ? "comes from \"" + source + "\", which is not a local folder: tmj downloads nothing"
                        : "has a source that is not a literal string";
                notes.add(new Note(block.position(), address + " " + why + "; not read"));
            }
            modules.add(new ModuleCall(address, source, child != null, block.position()));
            if (child != null) {
                read(child, address + ".", inputs, inputReferences);
            }
        }
    }

    private static boolean isTrue(Body.Block block, String attribute, ModuleScope scope) {
        return block.body().attribute(attribute).map(a -> scope.evaluate(a.expression()))
                .filter(v -> v instanceof Value.Bool b && b.value()).isPresent();
    }
}
