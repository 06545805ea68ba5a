package dev.tmj.cli;

import dev.tmj.check.CheckOutputs;
import dev.tmj.check.CheckRenderers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A small repository for {@code tmj check} tests: a {@code .git} folder, a threat library of three threats that
 * always match (TH: High on servers, TM: Medium on servers, TV: Very High on datastores) and tmj YAML models.
 */
final class CheckProject {
    static final String THREATS = """
            [
              {"SID": "TH", "target": ["Server"], "description": "High on servers", "severity": "High",
               "condition": "True"},
              {"SID": "TM", "target": ["Server"], "description": "Medium on servers", "severity": "Medium",
               "condition": "True"},
              {"SID": "TV", "target": ["Datastore"], "description": "Very high on datastores",
               "severity": "Very High", "condition": "True"}
            ]
            """;

    final Path root;
    final Path threats;
    private Map<String, String> env = Map.of();
    private CheckOutputs outputs = CheckRenderers.available();

    CheckProject(Path root) throws IOException {
        this.root = root;
        Files.createDirectories(root.resolve(".git"));
        this.threats = write("threats.json", THREATS);
    }

    CheckProject env(Map<String, String> environment) {
        this.env = environment;
        return this;
    }

    CheckProject outputs(CheckOutputs checkOutputs) {
        this.outputs = checkOutputs;
        return this;
    }

    Path write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    /** A tmj model of these elements (YAML list items, each starting with "- type: ..."). */
    Path model(String relative, String... elements) throws IOException {
        StringBuilder text = new StringBuilder("tmj: 1\nname: Gate test\nelements:\n");
        for (String element : elements) {
            for (String line : element.strip().split("\n")) {
                text.append("  ").append(line).append('\n');
            }
        }
        return write(relative, text.toString());
    }

    /** {@code tmj check} with the project's threat library, run at the project's top. */
    CliRun check(String... args) {
        List<String> all = new ArrayList<>(List.of("check", "--threats", threats.toString()));
        all.addAll(List.of(args));
        return CliRun.in(env, root, outputs, all.toArray(String[]::new));
    }

    /** {@code tmj check} with exactly these arguments, run at the project's top (or {@code workingDirectory}). */
    CliRun checkIn(Path workingDirectory, String... args) {
        List<String> all = new ArrayList<>(List.of("check"));
        all.addAll(List.of(args));
        return CliRun.in(env, workingDirectory, outputs, all.toArray(String[]::new));
    }
}
