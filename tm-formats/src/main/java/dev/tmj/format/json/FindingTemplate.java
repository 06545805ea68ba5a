package dev.tmj.format.json;

import dev.tmj.gate.TicketLink;
import dev.tmj.model.FindingStatus;
import dev.tmj.resolve.Finding;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;

/**
 * The bytes of one threat's findings, recorded from the first of them that {@link #fits}: most of a finding
 * (condition, description, details, example, mitigations, references ... about 1.5 kB at pytm's library) is the
 * same for every finding of its threat, so it is copied as recorded and only the {@link Slot}s are written per
 * finding. A 50,000-flow model has 745,726 findings of 113 threats: copying instead of writing two dozen values
 * each is most of what makes its gigabyte of {@code --json} fast.
 *
 * <p>The template is what {@link PytmJsonDocumentWriter}'s ordinary path wrote for that first finding, cut at
 * the slots it marked, so the two paths give the same bytes by construction (and a test compares them).
 */
final class FindingTemplate {
    /** The values of a finding that differ between findings of one threat, in the order they are written. */
    enum Slot {
        FINGERPRINT, ID, LOCATION, STATUS, TARGET
    }

    private static final byte[][] STATUS_LITERALS = Arrays.stream(FindingStatus.values())
            .map(status -> PythonJsonOutput.literal(status.label())).toArray(byte[][]::new);

    /** The bytes before the first slot, between each two, and after the last. */
    private final byte[][] segments;

    private FindingTemplate(byte[][] segments) {
        this.segments = segments;
    }

    /**
     * Whether a finding's bytes outside the slots are its threat's: it has no override (which can change any
     * text), was not excluded by an assumption, has no evidence, its threat names no evidence attribute (whose
     * text extends the details and whose place is the location), and it has no ticket.
     */
    static boolean fits(Finding f, Map<String, TicketLink> tickets) {
        return f.override().isEmpty() && f.assumption().isEmpty() && f.evidence().isEmpty()
                && f.threat().evidence().isEmpty() && (tickets.isEmpty() || !tickets.containsKey(f.fingerprint()));
    }

    /**
     * The template cut from a finding written whole: {@code marks} holds where each slot's value begins and ends,
     * two positions per slot in {@link Slot} order.
     */
    static FindingTemplate of(byte[] written, int size, int[] marks) {
        if (marks.length != 2 * Slot.values().length) {
            throw new IllegalArgumentException("two marks per slot expected, got " + marks.length);
        }
        byte[][] segments = new byte[Slot.values().length + 1][];
        int from = 0;
        for (int slot = 0; slot < Slot.values().length; slot++) {
            segments[slot] = Arrays.copyOfRange(written, from, marks[2 * slot]);
            from = marks[2 * slot + 1];
        }
        segments[Slot.values().length] = Arrays.copyOfRange(written, from, size);
        return new FindingTemplate(segments);
    }

    /**
     * Writes a finding that {@link #fits} as the next value of the current list. {@code location} and {@code target}
     * are the element's values as literals (the same for all its findings).
     */
    void write(PythonJsonOutput g, Finding f, byte[] location, byte[] target) throws IOException {
        g.beginValue();
        g.append(segments[0]);
        g.appendHexLiteral(f.fingerprintBits());
        g.append(segments[1]);
        PytmObjectWriter.appendId(g, f);
        g.append(segments[2]);
        g.append(location);
        g.append(segments[3]);
        g.append(STATUS_LITERALS[f.status().ordinal()]);
        g.append(segments[4]);
        g.append(target);
        g.append(segments[5]);
    }
}
