package dev.tmj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CI files at the repository's top (action.yml, ci/gitlab/tmj.gitlab-ci.yml) as their runners read them, and
 * what they may refer to: the options of {@code tmj check} as picocli knows them, the repository's files.
 */
final class CiFiles {
    private static final Pattern OPTION = Pattern.compile("(?<![\\w-])--[a-z][a-z-]*");

    private CiFiles() {
    }

    /** The repository's top: the parent of tm-cli, where the tests run. */
    static Path repository() {
        Path top = Path.of("").toAbsolutePath().getParent();
        assertThat(top.resolve("pom.xml")).as("the repository's pom").isRegularFile();
        return top;
    }

    /** A YAML file of the repository, as a tree of maps, lists and strings. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> yaml(String path) {
        try {
            return new ObjectMapper(new YAMLFactory()).readValue(Files.readString(repository().resolve(path)),
                    Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The long options {@code tmj check} accepts, from picocli's model of the command. */
    static Set<String> checkOptions() {
        return TmjCommand.commandLine(Map.of(), repository()).getSubcommands().get("check").getCommandSpec()
                .optionsMap().keySet();
    }

    /** The long options ({@code --fail-on}) written in a script, in order. */
    static Set<String> optionsIn(String script) {
        Set<String> options = new LinkedHashSet<>();
        Matcher matcher = OPTION.matcher(script);
        while (matcher.find()) {
            options.add(matcher.group());
        }
        return options;
    }

    /** The value following an option in a script: {@code --junit tmj-junit.xml} gives {@code tmj-junit.xml}. */
    static String argumentOf(String script, String option) {
        Matcher matcher = Pattern.compile(Pattern.quote(option) + "\\s+\"?([^\\s\"]+)\"?").matcher(script);
        assertThat(matcher.find()).as(option + " in the script").isTrue();
        return matcher.group(1);
    }
}
