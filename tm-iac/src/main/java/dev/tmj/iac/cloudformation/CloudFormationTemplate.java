package dev.tmj.iac.cloudformation;

import dev.tmj.iac.yaml.YamlException;
import dev.tmj.iac.yaml.YamlTree;
import dev.tmj.model.SourcePosition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A CloudFormation (or SAM) template read statically: YAML with the short-form tags ({@code !Ref}, {@code !GetAtt},
 * {@code !Sub}…) or JSON ({@code {"Ref": …}}), into its sections with the position of every value. Nothing is
 * evaluated, run or fetched: a macro {@code Transform} other than SAM's, {@code Fn::Transform} and
 * {@code AWS::Include} become notes.
 *
 * @param file the file as positions name it (relative to the working directory as given, forward slashes)
 * @param transforms the template's {@code Transform} names ({@code AWS::Serverless-2016-10-31})
 * @param parameters its {@code Parameters}, in order
 * @param conditions its {@code Conditions} as written
 * @param mappings its {@code Mappings} as written
 * @param resources its {@code Resources}, in order
 * @param outputs its {@code Outputs}, in order
 * @param notes what was not read or run, and why, one line each
 * @param document the template's positioned tree
 */
public record CloudFormationTemplate(String file, List<String> transforms, List<TemplateParameter> parameters,
        Map<String, Object> conditions, Map<String, Object> mappings, List<TemplateResource> resources,
        List<TemplateOutput> outputs, List<String> notes, YamlTree.Document document) {
    /** Templates larger than this are refused before being read: four times CloudFormation's own 1 MB limit. */
    public static final long MAX_FILE_BYTES = 4L * 1024 * 1024;

    /** SAM's transform, which tmj reads (its resource types are modelled); any other macro is only noted. */
    public static final String SERVERLESS = "AWS::Serverless-2016-10-31";

    public CloudFormationTemplate {
        transforms = List.copyOf(transforms);
        parameters = List.copyOf(parameters);
        resources = List.copyOf(resources);
        outputs = List.copyOf(outputs);
        notes = List.copyOf(notes);
    }

    /**
     * Reads a template file: JSON when its name ends in {@code .json} or its first character is <code>{</code>,
     * else YAML. Positions name the file as given, with forward slashes.
     *
     * @throws CloudFormationException for a template tmj cannot read, at the fault, saying what was expected
     * @throws UncheckedIOException when the file cannot be read
     */
    public static CloudFormationTemplate read(Path file) throws CloudFormationException {
        String name = file.toString().replace('\\', '/');
        String text;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new CloudFormationException(SourcePosition.of(name, 0, 0),
                        "file larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MiB refused");
            }
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new CloudFormationException(SourcePosition.of(name, 0, 0), "not UTF-8 text");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parse(name, text);
    }

    /** A template from its text; {@code file} names it in positions. */
    static CloudFormationTemplate parse(String file, String text) throws CloudFormationException {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        YamlTree.Document document = isJson(file, body) ? TemplateJsonReader.read(file, body) : yaml(file, body);
        return TemplateSections.of(file, document);
    }

    private static boolean isJson(String file, String text) {
        return file.endsWith(".json") || text.stripLeading().startsWith("{");
    }

    private static YamlTree.Document yaml(String file, String text) throws CloudFormationException {
        List<YamlTree.Document> documents;
        try {
            documents = YamlTree.read(file, text, Intrinsics.YAML_TAGS);
        } catch (YamlException e) {
            throw new CloudFormationException(e.position(), e.reason());
        }
        if (documents.size() > 1) {
            throw new CloudFormationException(documents.get(1).start(),
                    "a template is one YAML document, found a second one");
        }
        if (documents.isEmpty()) {
            throw new CloudFormationException(SourcePosition.of(file, 1, 1), "empty template: expected a mapping"
                    + " with Resources");
        }
        return documents.get(0);
    }

    /** The resource with that logical id. */
    public Optional<TemplateResource> resource(String logicalId) {
        return resources.stream().filter(r -> r.logicalId().equals(logicalId)).findFirst();
    }

    /** The parameter with that name. */
    public Optional<TemplateParameter> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** Whether SAM's transform applies, so {@code AWS::Serverless::*} types mean what SAM makes of them. */
    public boolean isServerless() {
        return transforms.contains(SERVERLESS);
    }

    /** Where the value at a path of the template starts ({@code Parameters.DbPassword}), by its key's line. */
    public SourcePosition positionOf(String path) {
        return document.entryAt(path);
    }
}
