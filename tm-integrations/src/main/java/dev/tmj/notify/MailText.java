package dev.tmj.notify;

/**
 * The text of an alert mail: plain text only (no HTML part, so nothing to escape but line breaks), one block per
 * alert with its file and line, and a subject on one line.
 */
final class MailText {
    /** A subject longer than this is cut: mail clients show less, and RFC 5322 lines stay short once encoded. */
    static final int MAX_SUBJECT = 200;

    private MailText() {
    }

    /** {@code [tmj] 3 new threats at or above Very High in models/tm.py}: control characters removed. */
    static String subject(AlertDigest digest) {
        return AlertText.line("[tmj] " + digest.headline(1, 1), MAX_SUBJECT);
    }

    static String body(AlertDigest digest) {
        StringBuilder b = new StringBuilder();
        b.append("tmj found ").append(AlertText.line(digest.headline(1, 1), 2_000)).append(".\n\n");
        b.append(digest.report().map(uri -> "Report: " + uri.toASCIIString())
                .orElse("Report: not linked (tmj notify --report-url URL)")).append("\n\n");
        for (Alert a : digest.alerts()) {
            b.append(a.severity().label()).append("  ").append(AlertText.line(a.threatId(), 40)).append("  ")
                    .append(AlertText.line(a.threat(), 500)).append('\n');
            b.append("  element: ").append(AlertText.line(a.element(), 300)).append(" (")
                    .append(AlertText.line(a.elementKind(), 40)).append(")\n");
            b.append("  where:   ").append(AlertText.line(a.location(), 500)).append('\n');
            b.append("  fingerprint: ").append(AlertText.line(a.fingerprint(), 100)).append("\n\n");
        }
        b.append("-- \nSent by tmj notify: each finding is announced once per channel (docs/notify.md).\n");
        return b.toString();
    }
}
