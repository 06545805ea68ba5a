package dev.tmj.format.otm;

import dev.tmj.model.ElementType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * OTM component types and tmj's element classes. OTM's {@code type} is free text (IriusRisk component definitions
 * such as {@code CD-MICROSOFT-AZURE-DB-POSTGRESQL}, StartLeft's {@code web-service}); tmj writes its class in kebab
 * case ({@code server}, {@code external-entity}) and reads those back exactly, and any other type by the first rule
 * of {@link #RULES} one of its words matches (docs/interchange.md has the table).
 */
final class OtmTypes {
    /** A keyword rule: a word of the type equal to, or (for words of 3 letters or more) containing, a keyword. */
    record Rule(ElementType type, List<String> keywords) {
    }

    static final List<Rule> RULES = List.of(
            new Rule(ElementType.DATASTORE, List.of("db", "database", "sql", "storage", "store", "bucket", "s3",
                    "blob", "table", "cache", "redis", "file", "disk", "volume", "queue", "topic", "vault")),
            new Rule(ElementType.LAMBDA, List.of("lambda", "function", "serverless")),
            new Rule(ElementType.LLM, List.of("llm", "gpt", "openai", "bedrock", "genai")),
            new Rule(ElementType.AGENT, List.of("agent")),
            new Rule(ElementType.ACTOR, List.of("user", "actor", "person", "human", "admin", "customer")),
            new Rule(ElementType.EXTERNAL_ENTITY, List.of("client", "browser", "device", "mobile", "external",
                    "thirdparty", "saas", "partner")),
            new Rule(ElementType.SERVER, List.of("server", "service", "api", "gateway", "balancer", "web", "host",
                    "vm", "container", "cluster", "instance", "cdn", "proxy")));

    private OtmTypes() {
    }

    /** The OTM type tmj writes for an element class: {@code SetOfProcesses} is {@code set-of-processes}. */
    static String otmType(ElementType type) {
        return type.pytmName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /** The class whose kebab-case name the type is exactly, if any (what tmj itself wrote). */
    static Optional<ElementType> exact(String otmType) {
        return Arrays.stream(ElementType.values())
                .filter(t -> t != ElementType.BOUNDARY && t != ElementType.DATAFLOW)
                .filter(t -> otmType(t).equals(otmType)).findFirst();
    }

    /** The rule a type matches, if any: the class it maps to and the word that decided. */
    static Optional<Rule> rule(String otmType) {
        String[] words = otmType.toLowerCase(Locale.ROOT).split("[^a-z0-9]+");
        for (Rule rule : RULES) {
            for (String word : words) {
                for (String keyword : rule.keywords()) {
                    if (word.equals(keyword) || keyword.length() >= 3 && word.contains(keyword)) {
                        return Optional.of(rule);
                    }
                }
            }
        }
        return Optional.empty();
    }
}
