package dev.tmj.sequence;

import dev.tmj.model.Element;
import dev.tmj.model.ElementType;
import dev.tmj.resolve.CheckedModel;
import dev.tmj.resolve.Findings;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The sequence diagram of a checked model, as pytm's {@code --seq} draws it: one participant per element (actors
 * as {@code actor}, datastores as {@code database}, every other element but boundaries and dataflows as
 * {@code entity}) in element order, then one message per dataflow in flow order, labelled with the flow's display
 * name ({@code (order) name} when the flow is numbered) and followed by its note, if any.
 * {@link SequenceRenderer} writes it as PlantUML text, SVG or PNG.
 *
 * <p>Where tmj differs from pytm 1.4.0:
 * <ul>
 *   <li>participant ids are {@code <class>_<ASCII letters of the name>_<n>}, {@code n} counting participants
 *       from 1, so they are unique and the same on every run (pytm appended a hash of a random UUID, which made
 *       ids depend on how the model was built);</li>
 *   <li>every name, label and note is escaped for PlantUML (see {@link PlantUmlText}), so a name with quotes,
 *       creole or HTML markup, {@code \n}, {@code @enduml} or an {@code end note} line shows as written; pytm
 *       escaped nothing, and such names broke or changed the diagram;</li>
 *   <li>a boundary that a dataflow starts or ends at is declared as an {@code entity} in element order; pytm
 *       left it undeclared and PlantUML showed its internal id.</li>
 * </ul>
 */
public final class SequenceDiagram {
    /** How PlantUML draws a participant. */
    public enum Kind {
        ACTOR("actor"), DATABASE("database"), ENTITY("entity");

        private final String keyword;

        Kind(String keyword) {
            this.keyword = keyword;
        }

        /** The PlantUML keyword that declares such a participant. */
        public String keyword() {
            return keyword;
        }

        static Kind of(Element element) {
            if (element.type().isA(ElementType.ACTOR)) {
                return ACTOR;
            }
            return element.type().isA(ElementType.DATASTORE) ? DATABASE : ENTITY;
        }
    }

    /**
     * A participant.
     *
     * @param kind how it is drawn
     * @param id its PlantUML id
     * @param label the name shown (the element's display name, unescaped)
     * @param element the element of the checked model
     */
    public record Participant(Kind kind, String id, String label, Element element) {
        public Participant {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(label, "label");
        }
    }

    /**
     * A message: one dataflow.
     *
     * @param from the flow's source
     * @param to the flow's sink
     * @param label the flow's display name, unescaped
     * @param note the flow's note, or "" when it has none
     * @param flow the dataflow of the checked model
     */
    public record Message(Participant from, Participant to, String label, String note, Element flow) {
        public Message {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(note, "note");
        }
    }

    private final List<Participant> participants;
    private final List<Message> messages;

    private SequenceDiagram(List<Participant> participants, List<Message> messages) {
        this.participants = List.copyOf(participants);
        this.messages = List.copyOf(messages);
    }

    /** The diagram of a checked model: its elements in analysis order, its flows in flow order. */
    public static SequenceDiagram of(CheckedModel checked) {
        Map<Element, Participant> byElement = new IdentityHashMap<>();
        List<Participant> participants = new ArrayList<>();
        List<Element> endpoints = new ArrayList<>();
        for (Element flow : checked.dataflows()) {
            endpoints.add(flow.source());
            endpoints.add(flow.sink());
        }
        java.util.Set<Element> used = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        used.addAll(endpoints);
        for (Element e : checked.elements()) {
            if (e.isDataflow() || e.isBoundary() && !used.contains(e)) {
                continue;
            }
            add(e, participants, byElement);
        }
        for (Element e : endpoints) {
            if (!byElement.containsKey(e)) {
                add(e, participants, byElement);
            }
        }
        List<Message> messages = new ArrayList<>();
        for (Element flow : checked.dataflows()) {
            messages.add(new Message(byElement.get(flow.source()), byElement.get(flow.sink()), displayName(flow),
                    (String) flow.get("note"), flow));
        }
        return new SequenceDiagram(participants, messages);
    }

    /** The diagram of the checked model the findings refer to. */
    public static SequenceDiagram of(Findings findings) {
        return of(findings.checkedModel());
    }

    private static void add(Element e, List<Participant> participants, Map<Element, Participant> byElement) {
        Participant p = new Participant(Kind.of(e), id(e, participants.size() + 1), e.name(), e);
        participants.add(p);
        byElement.put(e, p);
    }

    /** pytm's {@code _uniq_name()} shape with a counter instead of a hash: {@code server_Webserver_2}. */
    static String id(Element e, int n) {
        StringBuilder id = new StringBuilder(e.type().pytmName().toLowerCase(java.util.Locale.ROOT)).append('_');
        String name = e.name();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                id.append(c);
            }
        }
        return id.append('_').append(n).toString();
    }

    /** pytm's {@code display_name()}: {@code (order) name} for a numbered flow, otherwise the name. */
    static String displayName(Element flow) {
        long order = (Long) flow.get("order");
        return order == -1 ? flow.name() : "(" + order + ") " + flow.name();
    }

    public List<Participant> participants() {
        return participants;
    }

    public List<Message> messages() {
        return messages;
    }

    /** The PlantUML text as pytm's {@code --seq} lays it out, ending with a line break after {@code @enduml}. */
    public String toPlantUml() {
        StringBuilder out = new StringBuilder(64 * (participants.size() + messages.size()) + 32);
        out.append("@startuml\n");
        for (Participant p : participants) {
            out.append(p.kind().keyword()).append(' ').append(p.id()).append(" as \"")
                    .append(PlantUmlText.label(p.label())).append("\"\n");
        }
        out.append('\n');
        for (Message m : messages) {
            out.append(m.from().id()).append(" -> ").append(m.to().id()).append(": ")
                    .append(PlantUmlText.label(m.label())).append('\n');
            if (!m.note().isEmpty()) {
                out.append("note left\n").append(PlantUmlText.noteBody(m.note())).append("\nend note\n");
            }
        }
        return out.append("@enduml\n").toString();
    }
}
