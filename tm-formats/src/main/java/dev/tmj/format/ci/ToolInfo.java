package dev.tmj.format.ci;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Properties;

/** tmj's version and web address as the build recorded them ({@code tmj-build.properties}, filtered by Maven). */
final class ToolInfo {
    /** What stands for the version when the properties were not filtered (classes run outside a Maven build). */
    static final String UNKNOWN_VERSION = "0.0.0-development";

    private static final Properties BUILD = load();

    private ToolInfo() {
    }

    /** tmj's version, for example {@code 0.1.0} or {@code 0.1.0-SNAPSHOT}. */
    static String version() {
        return value("version").orElse(UNKNOWN_VERSION);
    }

    /** The project's web address, when the build declares one. */
    static Optional<String> informationUri() {
        return value("url").filter(url -> url.startsWith("https://"));
    }

    /** A property the build filled in; an unfilled {@code ${...}} placeholder counts as missing. */
    private static Optional<String> value(String key) {
        String value = BUILD.getProperty(key, "").strip();
        return value.isEmpty() || value.contains("${") ? Optional.empty() : Optional.of(value);
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = ToolInfo.class.getResourceAsStream("tmj-build.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read tmj's build properties", e);
        }
        return properties;
    }
}
