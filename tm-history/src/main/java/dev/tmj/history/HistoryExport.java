package dev.tmj.history;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * The export for an auditor ({@code tmj history --since DATE --format csv|json}): one record per finding per run,
 * with the run's time, commit and model, oldest run first and each run's findings in its order. The same history
 * gives the same bytes.
 */
public final class HistoryExport {
    /** The columns of the CSV header and the JSON fields of a finding, in order. */
    public static final List<String> COLUMNS = List.of("run", "recorded_at", "model", "model_path",
            "content_sha256", "commit", "branch", "author", "tmj_version", "fingerprint", "sid", "element", "severity",
            "status", "owner", "justification", "expires", "evidence", "ticket", "file", "line");

    /** The export formats. */
    public enum Format {
        CSV, JSON;

        /** The format a {@code --format} value names. */
        public static Format of(String name) {
            return switch (name.toLowerCase(Locale.ROOT)) {
                case "csv" -> CSV;
                case "json" -> JSON;
                default -> throw new IllegalArgumentException("--format is csv or json, not " + name);
            };
        }
    }

    /** A run with its findings: what is exported. */
    public record RunFindings(Run run, List<RecordedFinding> findings) {
        public RunFindings {
            findings = List.copyOf(findings);
        }
    }

    private HistoryExport() {
    }

    /** Writes the runs in this format; the writer is flushed, not closed. */
    public static void write(Format format, List<RunFindings> runs, Writer out) throws IOException {
        if (format == Format.CSV) {
            csv(runs, out);
        } else {
            HistoryJsonWriter.write(runs, out);
        }
        out.flush();
    }

    /** RFC 4180: CRLF after every record, the header first, a field quoted when it holds {@code ,"} CR or LF. */
    static void csv(List<RunFindings> runs, Writer out) throws IOException {
        out.write(String.join(",", COLUMNS));
        out.write("\r\n");
        for (RunFindings r : runs) {
            for (RecordedFinding f : r.findings()) {
                List<String> fields = fields(r.run(), f);
                for (int i = 0; i < fields.size(); i++) {
                    if (i > 0) {
                        out.write(',');
                    }
                    out.write(csvField(fields.get(i)));
                }
                out.write("\r\n");
            }
        }
    }

    static String csvField(String value) {
        if (value == null) {
            return "";
        }
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\r') >= 0
                || value.indexOf('\n') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    static List<String> fields(Run run, RecordedFinding f) {
        return java.util.Arrays.asList(Long.toString(run.id()), Timestamps.format(run.time()), run.modelName(),
                run.modelPath(), run.contentSha256(), run.commit(), run.branch(), run.author(), run.tmjVersion(),
                f.fingerprint(), f.sid(), f.element(), f.severity(), f.status(), f.owner(), f.justification(),
                f.expires(), f.evidence(), f.ticket(), f.file(), Integer.toString(f.line()));
    }
}
