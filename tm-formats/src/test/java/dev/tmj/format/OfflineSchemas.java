package dev.tmj.format;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * JSON Schemas read from local files for tests, never fetched: the schema's own id (its {@code $id}, or {@code id} in
 * draft-04) maps to the file's text, the meta-schemas come from the validator's jar, and any other reference fails
 * instead of going to the network.
 */
public final class OfflineSchemas {
    private OfflineSchemas() {
    }

    /** The schema in this file, whose id is {@code id}, for this draft. */
    public static Schema load(Path file, String id, SpecificationVersion draft) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(draft, builder -> builder
                .schemas(Map.of(id, text))
                .schemaLoader(loader -> loader.fetchRemoteResources(false)));
        return registry.getSchema(SchemaLocation.of(id));
    }

    /** What the schema finds wrong with this JSON or YAML document, one line per error; empty when it is valid. */
    public static List<String> errors(Schema schema, String document, InputFormat format) {
        return schema.validate(document, format).stream().map(Object::toString).toList();
    }
}
