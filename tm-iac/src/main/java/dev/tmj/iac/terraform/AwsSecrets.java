package dev.tmj.iac.terraform;

import static dev.tmj.iac.terraform.AwsNetwork.setOnce;

import dev.tmj.iac.IacFacts;
import dev.tmj.iac.hcl.Value;
import dev.tmj.iac.terraform.Declarations.Variable;
import dev.tmj.model.Element;
import dev.tmj.model.SourcePosition;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Literal secrets in the code ({@link IacFacts#SECRET}): an argument named like a secret (password, secret_key,
 * token...) holding a literal text, in a resource, a nested block or an object such as Lambda's environment
 * variables; an AWS access key or a secret assignment inside user data or ECS container definitions; access keys in
 * a provider block (on the account boundary). When the literal comes from a variable's default, the fact is
 * located at the variable. The text names the resource and argument, never the value.
 */
final class AwsSecrets {
    private static final Pattern SECRET_NAME = Pattern.compile(
            "(?i)(^|_)(password|passwd|secret|secret_key|secret_access_key|token|auth_token|api_key|apikey"
                    + "|access_key|private_key|client_secret)$|^(master_password|db_password|secret_string)$");
    private static final Pattern IN_TEXT = Pattern.compile(
            "AKIA[0-9A-Z]{16}|(?i)(secret|password|passwd|token)[A-Za-z_]*\"?\\s*[=:]\\s*\"?[^\\s\"$]{6,}");
    private static final List<String> SCRIPTS = List.of("user_data", "container_definitions");

    private final TerraformMapping mapping;

    AwsSecrets(TerraformMapping mapping) {
        this.mapping = mapping;
    }

    void connect() {
        for (Declarations.Provider provider : mapping.input().providers()) {
            if (provider.name().equals("aws")) {
                find(mapping.account("aws"), "provider aws", provider.body(), "");
            }
        }
        for (Resource resource : mapping.resources(AwsResources.KINDS.elementTypes())) {
            mapping.elementOf(resource).ifPresent(e -> find(e, resource.address(), resource.body(), resource.module()));
        }
        for (Resource version : mapping.resources("aws_secretsmanager_secret_version")) {
            for (Element secret : mapping.referencedElements(version, "aws_secretsmanager_secret")) {
                find(secret, version.address(), version.body(), version.module());
            }
        }
    }

    /** Records a literal secret in the block (and its nested blocks and objects) on the element. */
    void find(Element element, String owner, BlockValue block, String module) {
        for (BlockValue.AttributeValue attribute : block.attributes().values()) {
            String name = attribute.name();
            if (name.equals("container_definitions")) {
                containers(element, owner, attribute);
            }
            if (SCRIPTS.contains(name)) {
                BlockArguments.text(attribute.value()).filter(t -> IN_TEXT.matcher(t).find()).ifPresent(t -> setOnce(
                        element, IacFacts.SECRET, owner + ": " + name + " holds a literal key or password",
                        attribute.position()));
            } else {
                value(element, owner + ": " + name, name, attribute.value(), attribute.position(), module);
            }
        }
        for (BlockValue nested : block.blocks()) {
            if (!nested.type().equals("lifecycle")) {
                find(element, owner + " " + nested.type(), nested, module);
            }
        }
    }

    /** Environment variables of ECS containers: JSON {@code [{"environment": [{"name", "value"}]}]}. */
    private static void containers(Element element, String owner, BlockValue.AttributeValue attribute) {
        BlockArguments.text(attribute.value()).flatMap(PolicyJsonReader::read).ifPresent(json -> {
            List<Value> containers = json instanceof Value.ListValue list ? list.items() : List.of();
            for (Value container : containers) {
                Value environment = container instanceof Value.ObjectValue o ? o.get("environment") : null;
                for (Value variable : environment instanceof Value.ListValue l ? l.items() : List.<Value>of()) {
                    if (variable instanceof Value.ObjectValue v && v.get("name") instanceof Value.Str name
                            && v.get("value") instanceof Value.Str value && SECRET_NAME.matcher(name.value()).find()
                            && literal(value.value())) {
                        setOnce(element, IacFacts.SECRET, owner + ": container_definitions environment "
                                + name.value() + " is a literal", attribute.position());
                    }
                }
            }
        });
    }

    private void value(Element element, String cause, String name, Value value, SourcePosition at, String module) {
        if (value instanceof Value.ObjectValue object && !name.equals("tags")) {
            object.entries().forEach((key, item) -> value(element, cause + "." + key, key, item, at, module));
        } else if (value instanceof Value.Str text && SECRET_NAME.matcher(name).find() && literal(text.value())) {
            Optional<Variable> variable = mapping.input().variables().stream()
                    .filter(v -> v.module().equals(module) && v.value().equals(value)
                            && v.position().file() != null)
                    .findFirst();
            if (variable.isPresent()) {
                setOnce(element, IacFacts.SECRET, cause + " is the literal default of variable "
                        + variable.get().name(), variable.get().position());
            } else {
                setOnce(element, IacFacts.SECRET, cause + " is a literal", at);
            }
        }
    }

    /** A literal that is a secret, not a reference, an ARN, a path or an empty placeholder. */
    private static boolean literal(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        return v.length() >= 4 && !v.startsWith("arn:") && !v.startsWith("/") && !v.startsWith("{{resolve:");
    }
}
