package dev.tmj.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One finding through the runs of the models that had it, oldest first: when it was first seen, each run that
 * changed what was recorded of it (status, owner, justification, expiry, ticket, severity), the run that no longer
 * had it (fixed), and a run that had it again.
 *
 * @param fingerprint the finding
 * @param events what happened, in the order of the runs (model by model when several models had it)
 */
public record FindingTimeline(String fingerprint, List<Event> events) {
    public FindingTimeline {
        Objects.requireNonNull(fingerprint, "fingerprint");
        events = List.copyOf(events);
    }

    /** What a run did to the finding. */
    public enum Kind {
        FIRST_SEEN("first seen"), CHANGED("changed"), FIXED("fixed"), SEEN_AGAIN("seen again");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** The words {@code tmj history --finding} prints. */
        public String label() {
            return label;
        }
    }

    /**
     * One step of the timeline.
     *
     * @param finding the finding as the run recorded it; for {@link Kind#FIXED} as the run before recorded it
     */
    public record Event(Kind kind, long runId, Instant time, String modelPath, String commit,
            RecordedFinding finding) {
        public Event {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(finding, "finding");
        }
    }

    /** The first run that had the finding, if any did. */
    public Optional<Event> firstSeen() {
        return events.stream().filter(e -> e.kind() == Kind.FIRST_SEEN).findFirst();
    }

    /**
     * The timeline of a finding from the runs of one model, oldest first, each with the finding or null when the
     * run did not have it.
     */
    static List<Event> of(List<Run> runs, List<RecordedFinding> findings) {
        List<Event> events = new ArrayList<>();
        RecordedFinding last = null;
        boolean seen = false;
        for (int i = 0; i < runs.size(); i++) {
            Run run = runs.get(i);
            RecordedFinding now = findings.get(i);
            Kind kind = null;
            if (now == null) {
                if (last != null) {
                    events.add(new Event(Kind.FIXED, run.id(), run.time(), run.modelPath(), run.commit(), last));
                }
            } else if (!seen) {
                kind = Kind.FIRST_SEEN;
            } else if (last == null) {
                kind = Kind.SEEN_AGAIN;
            } else if (changed(last, now)) {
                kind = Kind.CHANGED;
            }
            if (kind != null) {
                events.add(new Event(kind, run.id(), run.time(), run.modelPath(), run.commit(), now));
            }
            seen |= now != null;
            last = now;
        }
        return events;
    }

    /** Whether what people decide about a finding changed; its place in the file may move freely. */
    private static boolean changed(RecordedFinding before, RecordedFinding after) {
        return !Objects.equals(before.status(), after.status()) || !Objects.equals(before.owner(), after.owner())
                || !Objects.equals(before.justification(), after.justification())
                || !Objects.equals(before.expires(), after.expires())
                || !Objects.equals(before.ticket(), after.ticket())
                || !Objects.equals(before.severity(), after.severity());
    }
}
