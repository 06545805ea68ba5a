package dev.tmj.iac.terraform.plan;

import dev.tmj.iac.hcl.Value;
import dev.tmj.iac.terraform.BlockValue;
import dev.tmj.iac.terraform.BlockValue.AttributeValue;
import dev.tmj.iac.terraform.Declarations.Local;
import dev.tmj.iac.terraform.Declarations.Provider;
import dev.tmj.iac.terraform.Declarations.Variable;
import dev.tmj.iac.terraform.Resource;
import dev.tmj.iac.terraform.TerraformResources;
import dev.tmj.model.Excerpt;
import dev.tmj.model.SourcePosition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Terraform plan read from its JSON ({@code terraform show -json PLANFILE}), without running Terraform: the
 * resource and data source instances of {@code planned_values} (root module, then child modules), each located at
 * the line and column where its object starts, with the references of {@code configuration}; the root variables
 * and the provider configurations. A value unknown until apply is {@link Value.Unknown}, never guessed; a value the
 * plan marks sensitive is replaced by a {@link Value.Unknown} that says so and is never read into the model, nor is
 * a sensitive variable's value. {@code format_version} 1.x is read; any other major version is refused.
 * <p>
 * Positions name the file as given, with forward slashes. {@code terraform show -json} writes one line: its
 * positions differ by column only ({@code docs/terraform.md} shows how to keep lines).
 */
public final class TerraformPlan implements TerraformResources {
    /** Files larger than this are refused before being read, as Kubernetes manifests are. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    private static final Pattern FORMAT_1 = Pattern.compile("1(\\.[0-9]+)*");

    private final String formatVersion;
    private final String terraformVersion;
    private final List<Resource> resources;
    private final Map<String, Resource> byAddress = new LinkedHashMap<>();
    private final List<Variable> variables;
    private final List<Provider> providers;
    private final String file;

    private TerraformPlan(String formatVersion, String terraformVersion, List<Resource> resources,
            List<Variable> variables, List<Provider> providers, String file) {
        this.formatVersion = formatVersion;
        this.terraformVersion = terraformVersion;
        this.resources = List.copyOf(resources);
        this.resources.forEach(r -> byAddress.putIfAbsent(r.address(), r));
        this.variables = List.copyOf(variables);
        this.providers = List.copyOf(providers);
        this.file = file;
    }

    /**
     * Whether the start of a file is a Terraform plan's JSON: an object with {@code format_version} and
     * {@code terraform_version} or {@code planned_values}, which Terraform writes first. (A Terraform state's JSON
     * looks so too, and {@link #read} refuses it with a message that says what it is.)
     *
     * @param head the first characters of the file (a few hundred are enough)
     */
    public static boolean looksLike(String head) {
        String text = head.startsWith("\uFEFF") ? head.substring(1) : head;
        String trimmed = text.stripLeading();
        return trimmed.startsWith("{") && trimmed.contains("\"format_version\"")
                && (trimmed.contains("\"terraform_version\"") || trimmed.contains("\"planned_values\""));
    }

    /**
     * Reads a plan's JSON file. Positions name it as {@code file} is written, with forward slashes.
     *
     * @throws PlanException for a file over {@link #MAX_FILE_BYTES}, malformed JSON, JSON that is not a plan or a
     *     plan of an unknown major {@code format_version}, at its line and column
     * @throws IOException when the file cannot be read
     */
    public static TerraformPlan read(Path file) throws IOException {
        String name = file.toString().replace('\\', '/');
        if (Files.size(file) > MAX_FILE_BYTES) {
            throw tooLarge(name);
        }
        return read(Files.readAllBytes(file), name);
    }

    /** Reads a plan's JSON from its bytes; {@code file} names it in positions. See {@link #read(Path)}. */
    public static TerraformPlan read(byte[] json, String file) throws PlanException {
        if (json.length > MAX_FILE_BYTES) {
            throw tooLarge(file);
        }
        JsonNode.Obj root = PlanJsonReader.read(json, file);
        String formatVersion = formatVersion(root, file);
        if (!(root.get("planned_values") instanceof JsonNode.Obj planned)) {
            boolean state = root.get("values") != null;
            throw new PlanException(position(root.get("planned_values") != null ? root.get("planned_values") : root,
                    file).at("planned_values"), state ? "this is a Terraform state's JSON, not a plan's: expected"
                            + " planned_values (terraform show -json PLANFILE writes them)"
                            : "expected planned_values, an object (terraform show -json PLANFILE writes them)");
        }
        JsonNode.Obj configuration = root.get("configuration") instanceof JsonNode.Obj c ? c : null;
        JsonNode.Obj configRoot = configuration != null && configuration.get("root_module") instanceof JsonNode.Obj m
                ? m : null;
        JsonNode.Obj rootModule = planned.get("root_module") instanceof JsonNode.Obj m ? m
                : new JsonNode.Obj(Map.of(), planned.line(), planned.column());
        List<Resource> resources = PlanResources.of(file, rootModule, root.get("resource_changes"),
                PlanConfiguration.of(configRoot));
        List<Variable> variables = variables(root.get("variables"), configRoot, file);
        List<Provider> providers = providers(configuration, variables, file);
        return new TerraformPlan(formatVersion, root.text("terraform_version"), resources, variables, providers,
                file);
    }

    private static PlanException tooLarge(String file) {
        return new PlanException(SourcePosition.of(file, 0, 0),
                "file larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MiB refused");
    }

    private static String formatVersion(JsonNode.Obj root, String file) throws PlanException {
        JsonNode node = root.get("format_version");
        if (!(node instanceof JsonNode.Scalar scalar && scalar.value() instanceof String version)) {
            throw new PlanException(position(node == null ? root : node, file).at("format_version"), "not a Terraform"
                    + " plan's JSON: expected format_version, a string such as \"1.2\" (the output of terraform show"
                    + " -json PLANFILE)");
        }
        if (!FORMAT_1.matcher(version).matches()) {
            throw new PlanException(position(node, file).at("format_version"), "plan format_version \""
                    + Excerpt.of(version) + "\" is not supported: tmj reads format 1.x (a later major version may"
                    + " change its meaning)");
        }
        return version;
    }

    /**
     * The root module's variables and their values; the value of one the configuration declares
     * {@code sensitive} is replaced, never copied.
     */
    private static List<Variable> variables(JsonNode node, JsonNode.Obj configRoot, String file) {
        List<Variable> found = new ArrayList<>();
        if (!(node instanceof JsonNode.Obj given)) {
            return found;
        }
        Map<String, JsonNode> declared = configRoot != null && configRoot.get("variables") instanceof JsonNode.Obj v
                ? v.fields() : Map.of();
        PlanValues values = new PlanValues(file);
        given.fields().forEach((name, entry) -> {
            boolean sensitive = declared.get(name) instanceof JsonNode.Obj declaration
                    && JsonNode.isTrue(declaration.get("sensitive"));
            JsonNode value = entry instanceof JsonNode.Obj object ? object.get("value") : null;
            Value known = sensitive ? new Value.Unknown(PlanValues.SENSITIVE)
                    : value == null ? new Value.Unknown("the plan gives no value for the variable " + name)
                    : values.value(value, null, List.of());
            found.add(new Variable(name, "", known, sensitive, values.position(entry)));
        });
        return found;
    }

    /**
     * {@code configuration.provider_config}: each provider with its constant arguments; an argument that refers to a
     * known, non-sensitive root variable has its value, any other reference is unknown.
     */
    private static List<Provider> providers(JsonNode.Obj configuration, List<Variable> variables, String file) {
        List<Provider> found = new ArrayList<>();
        if (configuration == null || !(configuration.get("provider_config") instanceof JsonNode.Obj config)) {
            return found;
        }
        PlanValues values = new PlanValues(file);
        config.fields().forEach((key, entry) -> {
            if (!(entry instanceof JsonNode.Obj provider)) {
                return;
            }
            String name = provider.text("name") != null ? provider.text("name") : key.replaceFirst("\\..*", "");
            String module = provider.text("module_address") != null ? provider.text("module_address") : "";
            Map<String, AttributeValue> attributes = new LinkedHashMap<>();
            if (provider.text("alias") != null) {
                attributes.put("alias", new AttributeValue("alias", Value.of(provider.text("alias")),
                        values.position(provider.get("alias"))));
            }
            if (provider.get("expressions") instanceof JsonNode.Obj expressions) {
                expressions.fields().forEach((argument, expression) -> attributes.put(argument, new AttributeValue(
                        argument, argument(expression, variables, values), values.position(expression))));
            }
            found.add(new Provider(name, module, new BlockValue("provider", List.of(name), attributes, List.of(),
                    values.position(provider))));
        });
        return found;
    }

    private static Value argument(JsonNode expression, List<Variable> variables, PlanValues values) {
        if (!(expression instanceof JsonNode.Obj object)) {
            return new Value.Unknown("a nested block of a provider configuration is not read");
        }
        if (object.get("constant_value") != null) {
            return values.value(object.get("constant_value"), null, List.of());
        }
        if (object.get("references") instanceof JsonNode.Arr refs && refs.items().size() == 1
                && refs.items().get(0) instanceof JsonNode.Scalar s && s.value() instanceof String ref
                && ref.startsWith("var.")) {
            String name = ref.substring("var.".length());
            for (Variable variable : variables) {
                if (variable.name().equals(name)) {
                    return variable.value();
                }
            }
        }
        return new Value.Unknown("set from an expression Terraform evaluates when it runs");
    }

    private static SourcePosition position(JsonNode node, String file) {
        return SourcePosition.of(file, node.line(), node.column());
    }

    /** The plan's {@code format_version} ({@code 1.2}). */
    public String formatVersion() {
        return formatVersion;
    }

    /** The version of Terraform that wrote the plan, or null when the plan does not say. */
    public String terraformVersion() {
        return terraformVersion;
    }

    /** Every resource and data source instance of {@code planned_values}, root module first, in the plan's order. */
    @Override
    public List<Resource> resources() {
        return resources;
    }

    /** The resource of that address ({@code aws_instance.app[0]}, {@code module.db.aws_db_instance.main}). */
    public Optional<Resource> resource(String address) {
        return Optional.ofNullable(byAddress.get(address));
    }

    /** The root module's variables, located at their entries in {@code variables}. */
    @Override
    public List<Variable> variables() {
        return variables;
    }

    /** None: a plan does not record locals. */
    @Override
    public List<Local> locals() {
        return List.of();
    }

    /** The provider configurations of {@code configuration.provider_config}, located at their entries. */
    @Override
    public List<Provider> providers() {
        return providers;
    }

    /** The plan file. */
    @Override
    public List<String> files() {
        return List.of(file);
    }
}
