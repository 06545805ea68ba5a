package dev.tmj.iac.yaml;

import java.util.Map;
import java.util.Optional;

/**
 * Which local YAML tags a format accepts, and the key each one's node is read under: CloudFormation reads
 * {@code !Ref X} as {@code {Ref: X}} and {@code !GetAtt A.B} as {@code {"Fn::GetAtt": "A.B"}}; Kubernetes accepts
 * none. A refused tag is an error that ends with {@link #refusal()}.
 *
 * @param keys each accepted tag ({@code !Ref}) and the key its node is read under ({@code Ref})
 * @param refusal what the error for any other tag adds, e.g. the known tags
 */
public record YamlTags(Map<String, String> keys, String refusal) {
    public YamlTags {
        keys = Map.copyOf(keys);
    }

    /** No local tag is accepted; {@code refusal} says so in the format's words. */
    public static YamlTags none(String refusal) {
        return new YamlTags(Map.of(), refusal);
    }

    /** The key a node with this tag is read under, empty when the tag is refused. */
    public Optional<String> keyOf(String tag) {
        return Optional.ofNullable(keys.get(tag));
    }
}
