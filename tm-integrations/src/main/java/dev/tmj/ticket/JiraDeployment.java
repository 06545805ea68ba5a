package dev.tmj.ticket;

import java.util.Locale;
import java.util.Optional;

/** Which Jira: Cloud (REST v3, ADF, {@code /search/jql}) or Data Center (REST v2, plain text, {@code /search}). */
public enum JiraDeployment {
    CLOUD, DATACENTER;

    /** The setting's word ({@code cloud}, {@code datacenter}), or empty for another. */
    public static Optional<JiraDeployment> parse(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "cloud" -> Optional.of(CLOUD);
            case "datacenter", "data-center", "server" -> Optional.of(DATACENTER);
            default -> Optional.empty();
        };
    }

    /** Jira's default for a host: Cloud's sites end in {@code .atlassian.net}. */
    public static JiraDeployment forHost(String host) {
        return host.toLowerCase(Locale.ROOT).endsWith(".atlassian.net") ? CLOUD : DATACENTER;
    }
}
