package dev.tmj.iac.cloudformation;

import dev.tmj.iac.yaml.YamlTree;
import dev.tmj.model.SourcePosition;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One entry of a template's {@code Resources}, as written (intrinsic functions are one-key mappings such as
 * {@code {Ref: X}} whatever the template's syntax).
 *
 * @param logicalId the resource's logical id, which names its element
 * @param type {@code AWS::S3::Bucket}, {@code AWS::Serverless::Function}, a custom type
 * @param properties its {@code Properties}, empty when it has none
 * @param dependsOn the logical ids of its {@code DependsOn}
 * @param condition the name of its {@code Condition}, if any
 * @param position the line of its logical id
 * @param references the resources and parameters its properties name through {@code Ref}, {@code Fn::GetAtt} and
 *     {@code Fn::Sub}, in the order written
 * @param path where it sits in the template ({@code Resources.MyBucket})
 * @param document the whole template's tree, for {@link #positionOf}
 */
public record TemplateResource(String logicalId, String type, Map<String, Object> properties, List<String> dependsOn,
        Optional<String> condition, SourcePosition position, List<Reference> references, String path,
        YamlTree.Document document) {
    public TemplateResource {
        dependsOn = List.copyOf(dependsOn);
        references = List.copyOf(references);
    }

    /**
     * Where a value of this resource starts (its key's line), by its path relative to the resource
     * ({@code Properties.SecurityGroupIngress[0]}), else the nearest enclosing value's.
     */
    public SourcePosition positionOf(String relativePath) {
        String full = relativePath.isEmpty() ? path
                : relativePath.startsWith("[") ? path + relativePath : path + "." + relativePath;
        return document.entryAt(full);
    }

    /** The property at a dotted name ({@code Scheme}, {@code BucketEncryption.ServerSideEncryptionConfiguration}). */
    public Optional<Object> property(String dotted) {
        Object value = properties;
        for (String part : dotted.split("\\.")) {
            value = value instanceof Map<?, ?> map ? map.get(part) : null;
        }
        return Optional.ofNullable(value);
    }

    /** Whether the resource is in the SAM namespace ({@code AWS::Serverless::Function}). */
    public boolean isServerless() {
        return type.startsWith("AWS::Serverless::");
    }

    @Override
    public String toString() {
        return logicalId + " (" + type + ")";
    }
}
