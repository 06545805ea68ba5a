package dev.tmj.format.ci;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.tmj.gate.Baseline;
import dev.tmj.gate.BaselineFinding;
import dev.tmj.model.SourceException;
import dev.tmj.model.SourcePosition;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Reads a baseline: the findings of an earlier run, from a {@code findings.json} tmj wrote ({@code --json},
 * {@code --out}, {@code tmj check --json}: pytm's {@code --json} format with tmj's {@code fingerprint} and
 * {@code status}) or from a SARIF file tmj wrote ({@code partialFingerprints["tmj/v1"]}). Which one is told by the
 * top-level key: {@code findings} or {@code runs}. The file is streamed, so a baseline of a million findings is
 * never a tree in memory.
 *
 * <p>From a findings file: each of {@code findings[]}'s {@code fingerprint}, {@code threat_id}, {@code target},
 * {@code severity} and {@code status} ({@code excluded_findings} are not findings). From SARIF, each result of each
 * run: {@code partialFingerprints["tmj/v1"]}, {@code ruleId}, {@code properties.element} (else the first logical
 * location's name, else ""), {@code properties.severity} (else from {@code level}: error high, warning medium,
 * note low, none info), {@code properties.status} (else "open", or "accepted" when the result has
 * {@code suppressions}), and the first physical location's {@code uri} and {@code startLine}. A result without a
 * {@code tmj/v1} fingerprint is another tool's and is skipped.
 *
 * <p>Every problem is a {@link SourceException} with the file, line, column and JSON path.
 */
public final class BaselineReader {
    static final String FINGERPRINT_KEY = "tmj/v1";
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).build()).build();

    private final JsonParser parser;
    private final String file;
    private final List<BaselineFinding> findings = new ArrayList<>();

    private BaselineReader(JsonParser parser, String file) {
        this.parser = parser;
        this.file = file;
    }

    /**
     * The baseline in this file.
     *
     * @throws SourceException if the file cannot be read or is not a findings file or SARIF file tmj wrote
     */
    public static Baseline read(Path path) {
        String name = path.toString();
        try (InputStream in = Files.newInputStream(path); JsonParser parser = JSON.createParser(in)) {
            BaselineReader reader = new BaselineReader(parser, name);
            reader.document();
            return Baseline.of(name, reader.findings);
        } catch (NoSuchFileException e) {
            throw new SourceException(name, 0, 0, "no such baseline file");
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new SourceException(SourcePosition.of(name, at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr()), "malformed JSON in the baseline: "
                    + firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new SourceException(name, 0, 0, "cannot read the baseline: " + e.getMessage());
        }
    }

    private void document() throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw error("expected a findings.json or SARIF file tmj wrote (a JSON object)");
        }
        boolean known = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            parser.nextToken();
            if (key.equals("findings")) {
                known = true;
                eachItem(this::pytmFinding);
            } else if (key.equals("runs")) {
                known = true;
                eachItem(() -> eachField((runKey) -> {
                    if (runKey.equals("results")) {
                        eachItem(this::sarifResult);
                    } else {
                        parser.skipChildren();
                    }
                }));
            } else {
                parser.skipChildren();
            }
        }
        if (parser.nextToken() != null) {
            throw error("unexpected content after the JSON document");
        }
        if (!known) {
            throw new SourceException(file, 1, 1, "not a findings.json or SARIF file tmj wrote: it has neither"
                    + " \"findings\" nor \"runs\"");
        }
    }

    /** One of {@code findings[]} of pytm's {@code --json} as tmj writes it. */
    private void pytmFinding() throws IOException {
        JsonLocation start = parser.currentTokenLocation();
        String path = pathHere();
        String[] values = new String[5];
        List<String> keys = List.of("fingerprint", "threat_id", "target", "severity", "status");
        eachField(key -> {
            int index = keys.indexOf(key);
            if (index >= 0) {
                values[index] = text(key);
            } else {
                parser.skipChildren();
            }
        });
        for (int i = 0; i < keys.size(); i++) {
            if (values[i] == null) {
                throw new SourceException(SourcePosition.of(file, start.getLineNr(), start.getColumnNr()).at(path),
                        "a finding without \"" + keys.get(i) + "\": a baseline is a findings.json tmj wrote (with"
                                + " fingerprints), not pytm's");
            }
        }
        findings.add(new BaselineFinding(values[0], values[1], values[2], dev.tmj.threat.Severity.of(values[3]),
                values[4], "", 0));
    }

    /** One result of a SARIF run. */
    private void sarifResult() throws IOException {
        SarifResult result = new SarifResult();
        eachField(key -> {
            switch (key) {
                case "ruleId" -> result.ruleId = text(key);
                case "level" -> result.level = text(key);
                case "partialFingerprints" -> eachField(k -> {
                    if (k.equals(FINGERPRINT_KEY)) {
                        result.fingerprint = text(k);
                    } else {
                        parser.skipChildren();
                    }
                });
                case "properties" -> eachField(k -> {
                    switch (k) {
                        case "element" -> result.element = text(k);
                        case "severity" -> result.severity = text(k);
                        case "status" -> result.status = text(k);
                        default -> parser.skipChildren();
                    }
                });
                case "suppressions" -> {
                    expect(JsonToken.START_ARRAY, "a list");
                    result.suppressed = parser.nextToken() != JsonToken.END_ARRAY;
                    if (result.suppressed) {
                        parser.skipChildren();
                        while (parser.nextToken() != JsonToken.END_ARRAY) {
                            parser.skipChildren();
                        }
                    }
                }
                case "locations" -> {
                    int[] index = {0};
                    eachItem(() -> {
                        if (index[0]++ == 0) {
                            location(result);
                        } else {
                            parser.skipChildren();
                        }
                    });
                }
                default -> parser.skipChildren();
            }
        });
        if (result.fingerprint != null) {
            findings.add(result.toFinding());
        }
    }

    /** The first location of a result: its physical file and line, or its first logical location's name. */
    private void location(SarifResult result) throws IOException {
        eachField(key -> {
            if (key.equals("physicalLocation")) {
                eachField(k -> {
                    if (k.equals("artifactLocation")) {
                        eachField(a -> {
                            if (a.equals("uri")) {
                                result.uri = text(a);
                            } else {
                                parser.skipChildren();
                            }
                        });
                    } else if (k.equals("region")) {
                        eachField(r -> {
                            if (r.equals("startLine")) {
                                if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                                    throw error("expected a whole number for \"startLine\"");
                                }
                                result.line = (int) Math.max(0, Math.min(Integer.MAX_VALUE, parser.getLongValue()));
                            } else {
                                parser.skipChildren();
                            }
                        });
                    } else {
                        parser.skipChildren();
                    }
                });
            } else if (key.equals("logicalLocations")) {
                eachItem(() -> eachField(l -> {
                    if (l.equals("name") && result.logicalName == null) {
                        result.logicalName = text(l);
                    } else {
                        parser.skipChildren();
                    }
                }));
            } else {
                parser.skipChildren();
            }
        });
    }

    private static final class SarifResult {
        String ruleId;
        String level;
        String fingerprint;
        String element;
        String logicalName;
        String severity;
        String status;
        boolean suppressed;
        String uri;
        int line;

        BaselineFinding toFinding() {
            dev.tmj.threat.Severity level = severity != null ? dev.tmj.threat.Severity.of(severity)
                    : switch (this.level == null ? "warning" : this.level) {
                        case "error" -> dev.tmj.threat.Severity.HIGH;
                        case "note" -> dev.tmj.threat.Severity.LOW;
                        case "none" -> dev.tmj.threat.Severity.INFO;
                        default -> dev.tmj.threat.Severity.MEDIUM;
                    };
            String named = element != null ? element : logicalName != null ? logicalName : "";
            String label = status != null ? status : suppressed ? "accepted" : "open";
            return new BaselineFinding(fingerprint, ruleId == null ? "" : ruleId, named, level, label,
                    uri == null ? "" : uri, line);
        }
    }

    @FunctionalInterface
    private interface Step {
        void run() throws IOException;
    }

    @FunctionalInterface
    private interface FieldStep {
        void run(String key) throws IOException;
    }

    /** Runs {@code item} with the parser on each item of the list at the current token. */
    private void eachItem(Step item) throws IOException {
        expect(JsonToken.START_ARRAY, "a list");
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            item.run();
        }
    }

    /** Runs {@code field} with the parser on each value of the object at the current token. */
    private void eachField(FieldStep field) throws IOException {
        expect(JsonToken.START_OBJECT, "an object");
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            parser.nextToken();
            field.run(key);
        }
    }

    private String text(String key) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            throw error("expected a string for \"" + key + "\"");
        }
        return parser.getText();
    }

    private void expect(JsonToken token, String what) throws IOException {
        if (parser.currentToken() != token) {
            throw error("expected " + what);
        }
    }

    private SourceException error(String reason) {
        JsonLocation at = parser.currentTokenLocation();
        return new SourceException(SourcePosition.of(file, at.getLineNr(), at.getColumnNr()).at(pathHere()),
                reason);
    }

    /** The JSON path of the current value, such as {@code findings[3].severity}. */
    private String pathHere() {
        Deque<String> parts = new ArrayDeque<>();
        JsonStreamContext here = parser.getParsingContext();
        // On the token that opens an object or list, the context is already that new, empty container's.
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            here = here.getParent();
        }
        for (JsonStreamContext c = here; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.inObject() && c.getCurrentName() != null) {
                parts.push("." + c.getCurrentName());
            }
        }
        String path = String.join("", parts);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    private static String firstLine(String message) {
        return message == null ? "unreadable input" : message.strip().split("\\R", 2)[0];
    }
}
