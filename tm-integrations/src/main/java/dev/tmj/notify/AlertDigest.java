package dev.tmj.notify;

import dev.tmj.http.ApiSetupException;
import dev.tmj.threat.Severity;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What one run announces to a channel: the new alerts, the models they come from, the threshold, and where the
 * report is. Each channel writes it in its own format, in one message or, past the service's limits, in parts.
 *
 * @param models the model files checked, repository-relative
 * @param threshold the lowest severity announced
 * @param report the report's address, if known (an absolute http or https URL)
 * @param alerts the alerts, in {@link Alert#ORDER}
 */
public record AlertDigest(List<String> models, Severity threshold, Optional<URI> report, List<Alert> alerts) {
    /** A report address longer than this does not fit a message's context line. */
    static final int MAX_URL = 2_000;

    public AlertDigest {
        models = List.copyOf(models);
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(report, "report");
        alerts = List.copyOf(alerts);
    }

    /** These alerts with the same models, threshold and report. */
    public AlertDigest withAlerts(List<Alert> others) {
        return new AlertDigest(models, threshold, report, others);
    }

    /**
     * A report address: an absolute http or https URL without user info, since it is written into links of
     * messages that many people read.
     *
     * @param source where it came from, for the message ({@code --report-url})
     * @throws ApiSetupException when it is not such a URL
     */
    public static URI reportUrl(String text, String source) {
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw new ApiSetupException(source + " is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (text.strip().length() > MAX_URL) {
            throw new ApiSetupException(source + " is longer than " + MAX_URL + " characters");
        }
        if (!uri.isAbsolute() || uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))
                || uri.getRawUserInfo() != null) {
            throw new ApiSetupException(source + " must be an absolute http or https URL without user info");
        }
        return uri;
    }

    /**
     * The headline, plain text: {@code 3 new threats at or above Very High in models/tm.py}, with
     * {@code (part 2 of 3)} when a digest is sent in parts.
     */
    public String headline(int part, int parts) {
        String what = alerts.size() == 1 ? "1 new threat" : alerts.size() + " new threats";
        String where = models.isEmpty() ? "" : " in " + String.join(", ", models);
        return what + " at or above " + threshold.label() + where + (parts > 1 ? " (part " + part + " of " + parts
                + ")" : "");
    }
}
