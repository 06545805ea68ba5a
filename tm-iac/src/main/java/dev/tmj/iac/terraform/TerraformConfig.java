package dev.tmj.iac.terraform;

import dev.tmj.iac.hcl.Body;
import dev.tmj.iac.hcl.Evaluator;
import dev.tmj.iac.hcl.Hcl;
import dev.tmj.iac.hcl.HclException;
import dev.tmj.iac.hcl.Value;
import dev.tmj.iac.terraform.Declarations.Local;
import dev.tmj.iac.terraform.Declarations.ModuleCall;
import dev.tmj.iac.terraform.Declarations.Note;
import dev.tmj.iac.terraform.Declarations.Output;
import dev.tmj.iac.terraform.Declarations.Provider;
import dev.tmj.iac.terraform.Declarations.Variable;
import dev.tmj.model.SourcePosition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Terraform configuration read statically from a folder of {@code *.tf} files, without running Terraform: its
 * resources and data sources (with {@code count} and {@code for_each} expanded when known), the local modules it
 * calls (followed, with their inputs), variables, locals, providers, outputs, and notes about what tmj did not do.
 * Values tmj cannot know are {@link Value.Unknown}; nothing is run, fetched or downloaded.
 * <p>
 * Every position names the file relative to the working directory, with forward slashes.
 */
public final class TerraformConfig implements TerraformResources {
    private final List<Resource> resources;
    private final Map<String, Resource> byAddress = new LinkedHashMap<>();
    private final List<Variable> variables;
    private final List<Local> locals;
    private final List<Provider> providers;
    private final List<Output> outputs;
    private final List<ModuleCall> modules;
    private final List<Note> notes;
    private final List<String> files;

    private TerraformConfig(ModuleReader reader) {
        this.resources = List.copyOf(reader.resources);
        this.resources.forEach(r -> byAddress.put(r.address(), r));
        this.variables = List.copyOf(reader.variables);
        this.locals = List.copyOf(reader.locals);
        this.providers = List.copyOf(reader.providers);
        this.outputs = List.copyOf(reader.outputs);
        this.modules = List.copyOf(reader.modules);
        this.notes = List.copyOf(reader.notes);
        this.files = List.copyOf(reader.files);
    }

    /** Reads a folder with its {@code terraform.tfvars} and {@code *.auto.tfvars}; see {@link #read(Path, Map)}. */
    public static TerraformConfig read(Path directory) throws IOException {
        return read(directory, Map.of());
    }

    /**
     * Reads the {@code *.tf} files of a folder (in name order) and the local modules they call.
     *
     * @param directory the root module's folder
     * @param variables values of root variables, as {@code -var} gives them: they win over {@code *.auto.tfvars},
     *     which win over {@code terraform.tfvars}, which wins over defaults
     * @throws HclException on a syntax error (all of a folder's files are read first, and their errors reported
     *     together), a name declared twice, a local module folder that does not exist, or a work limit exceeded
     * @throws IOException when a file cannot be read
     */
    public static TerraformConfig read(Path directory, Map<String, Value> variables) throws IOException {
        if (!Files.isDirectory(directory)) {
            throw new HclException(SourcePosition.of(directory.toString(), 0, 0), "not a folder of Terraform files");
        }
        SourceFiles sources = new SourceFiles();
        Path root = directory.toRealPath();
        ModuleReader reader = new ModuleReader(sources, sources.display(root));
        Map<String, Value> given = new HashMap<>(tfvars(root, sources, reader.files));
        given.putAll(variables);
        reader.read(root, "", given, Map.of());
        return new TerraformConfig(reader);
    }

    /** {@code terraform.tfvars}, then each {@code *.auto.tfvars} in name order, later files winning. */
    private static Map<String, Value> tfvars(Path root, SourceFiles sources, List<String> read) throws IOException {
        List<Path> files = new ArrayList<>();
        Path main = root.resolve("terraform.tfvars");
        if (Files.isRegularFile(main)) {
            files.add(main);
        }
        files.addAll(SourceFiles.filesIn(root, ".auto.tfvars"));
        Map<String, Value> values = new LinkedHashMap<>();
        Evaluator evaluator = new Evaluator();
        for (Path file : files) {
            String name = sources.display(file);
            read.add(name);
            Body body = Hcl.parseFile(file, name);
            for (Body.Attribute attribute : body.attributes()) {
                values.put(attribute.name(), evaluator.evaluate(attribute.expression(), (rootName, attr, at) ->
                        new Value.Unknown("a tfvars file cannot refer to " + rootName), Map.of()));
            }
        }
        return values;
    }

    /** Every resource and data source instance, root module first, in file and block order. */
    @Override
    public List<Resource> resources() {
        return resources;
    }

    /** The resource of that address ({@code aws_instance.app[0]}, {@code module.db.aws_db_instance.main}). */
    public Optional<Resource> resource(String address) {
        return Optional.ofNullable(byAddress.get(address));
    }

    /** Every variable of every module read, with the value it has there. */
    @Override
    public List<Variable> variables() {
        return variables;
    }

    /** Every local of every module read, with its value. */
    @Override
    public List<Local> locals() {
        return locals;
    }

    /** Every provider block. */
    @Override
    public List<Provider> providers() {
        return providers;
    }

    /** Every output of every module read. */
    public List<Output> outputs() {
        return outputs;
    }

    /** Every module call instance, followed or not. */
    public List<ModuleCall> modules() {
        return modules;
    }

    /** What tmj read but did not do or could not know, in the order met. */
    public List<Note> notes() {
        return notes;
    }

    /** The files read, as positions name them, in the order read. */
    @Override
    public List<String> files() {
        return files;
    }
}
