package dev.tmj.diff;

import dev.tmj.model.Element;
import dev.tmj.model.Model;
import dev.tmj.pipeline.Resolution;
import dev.tmj.resolve.ElementIdentities;
import dev.tmj.resolve.Finding;
import dev.tmj.resolve.Findings;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What changed between two resolved versions of a threat model ({@code tmj diff OLD NEW}).
 *
 * <ul>
 *   <li><b>Elements</b> (every element, flow and boundary of the checked models) are matched by their identity
 *       ({@link ElementIdentities}: kind and name, for a flow also source and sink), the one fingerprints use: an
 *       element only the new version has is added, one only the old has is removed, one whose attributes differ
 *       is changed. Attributes are compared through the schema as the model file wrote them (the model as read,
 *       before pytm's check fills flow defaults from their ends, so that a changed server does not also show as
 *       a change of every flow that inherits from it: that effect shows in the findings), except those the check
 *       and resolver compute (inputs, outputs, findings, severity). Renaming an element is a removal and an
 *       addition, as it is for its findings' fingerprints.</li>
 *   <li><b>The model's own attributes</b> (name, description, isOrdered ...) that differ make one changed entry
 *       of kind {@code TM}, first in {@link #changed()}.</li>
 *   <li><b>Findings</b> are matched by fingerprint: new, fixed (the old version's findings the new one lacks,
 *       also when an assumption now excludes them), changed (status or severity differ).</li>
 * </ul>
 *
 * <p>Order is deterministic: added, changed and new in the new version's order; removed and fixed in the old
 * version's. Reordering a model file changes nothing.
 *
 * <pre>{@code
 * ModelDiff diff = ModelDiff.between(oldPipeline.run(), newPipeline.run());
 * diff.added().forEach(change -> System.out.println("+ " + change.identity()));
 * }</pre>
 */
public final class ModelDiff {
    private final Resolution oldRun;
    private final Resolution newRun;
    private final Findings before;
    private final Findings after;
    private final List<ElementChange> added = new ArrayList<>();
    private final List<ElementChange> removed = new ArrayList<>();
    private final List<ElementChange> changed = new ArrayList<>();
    private final List<FindingChange> newFindings = new ArrayList<>();
    private final List<FindingChange> fixedFindings = new ArrayList<>();
    private final List<FindingChange> changedFindings = new ArrayList<>();

    private ModelDiff(Resolution oldRun, Resolution newRun) {
        this.oldRun = oldRun;
        this.newRun = newRun;
        this.before = oldRun.findings();
        this.after = newRun.findings();
    }

    /** Compares two resolved versions of a model: {@code oldRun} the old one, {@code newRun} the new one. */
    public static ModelDiff between(Resolution oldRun, Resolution newRun) {
        Objects.requireNonNull(oldRun, "oldRun");
        Objects.requireNonNull(newRun, "newRun");
        ModelDiff diff = new ModelDiff(oldRun, newRun);
        diff.compareElements();
        diff.compareFindings();
        return diff;
    }

    private void compareElements() {
        ElementIdentities oldIds = before.identities();
        ElementIdentities newIds = after.identities();
        Model oldModel = oldRun.model();
        Model newModel = newRun.model();
        ElementIdentities oldRead = ElementIdentities.of(oldModel.elements());
        ElementIdentities newRead = ElementIdentities.of(newModel.elements());
        Map<String, Element> oldWritten = byIdentity(oldModel.elements(), oldRead);
        Map<String, Element> newWritten = byIdentity(newModel.elements(), newRead);
        AttributeValues values = new AttributeValues(oldRead, newRead);
        List<AttributeChange> model = values.changes(oldModel, newModel);
        if (!model.isEmpty()) {
            changed.add(new ElementChange(ElementChange.MODEL, newModel.name(), ElementChange.MODEL,
                    Optional.empty(), Optional.empty(), model));
        }
        Map<String, Element> old = byIdentity(before.checkedModel().elements(), oldIds);
        Map<String, Element> now = byIdentity(after.checkedModel().elements(), newIds);
        for (Map.Entry<String, Element> entry : now.entrySet()) {
            Element element = entry.getValue();
            Element was = old.get(entry.getKey());
            if (was == null) {
                added.add(change(entry.getKey(), null, element, List.of()));
            } else {
                Element wrote = oldWritten.get(entry.getKey());
                Element writes = newWritten.get(entry.getKey());
                // An element the model check made (none today) would have no written twin: nothing to compare.
                List<AttributeChange> attributes = wrote == null || writes == null ? List.of()
                        : values.changes(wrote, writes);
                if (!attributes.isEmpty()) {
                    changed.add(change(entry.getKey(), was, element, attributes));
                }
            }
        }
        old.forEach((identity, element) -> {
            if (!now.containsKey(identity)) {
                removed.add(change(identity, element, null, List.of()));
            }
        });
    }

    private static ElementChange change(String identity, Element was, Element element,
            List<AttributeChange> attributes) {
        Element either = element != null ? element : was;
        return new ElementChange(either.type().pytmName(), either.name(), identity, Optional.ofNullable(was),
                Optional.ofNullable(element), attributes);
    }

    private static Map<String, Element> byIdentity(List<Element> elements, ElementIdentities ids) {
        Map<String, Element> map = new LinkedHashMap<>(elements.size() * 2);
        for (Element element : elements) {
            map.put(ids.identityOf(element), element);
        }
        return map;
    }

    private void compareFindings() {
        Map<String, Finding> old = new HashMap<>(before.size() * 2);
        before.forEach(f -> old.put(f.fingerprint(), f));
        Map<String, Finding> now = new HashMap<>(after.size() * 2);
        for (Finding finding : after) {
            now.put(finding.fingerprint(), finding);
            Finding was = old.get(finding.fingerprint());
            if (was == null) {
                newFindings.add(new FindingChange(Optional.empty(), Optional.of(finding)));
            } else if (was.status() != finding.status() || severityDiffers(was, finding)) {
                changedFindings.add(new FindingChange(Optional.of(was), Optional.of(finding)));
            }
        }
        for (Finding finding : before) {
            if (!now.containsKey(finding.fingerprint())) {
                fixedFindings.add(new FindingChange(Optional.of(finding), Optional.empty()));
            }
        }
    }

    /** Equal texts are the common case and need no parsing; "high" and "High" are one severity. */
    private static boolean severityDiffers(Finding was, Finding now) {
        return !was.severityText().equals(now.severityText()) && was.severity() != now.severity();
    }

    /** The old version as read and resolved. */
    public Resolution oldRun() {
        return oldRun;
    }

    /** The new version as read and resolved. */
    public Resolution newRun() {
        return newRun;
    }

    /** The old version's findings and checked model. */
    public Findings before() {
        return before;
    }

    /** The new version's findings and checked model. */
    public Findings after() {
        return after;
    }

    /** Elements, flows and boundaries only the new version has, in its order. */
    public List<ElementChange> added() {
        return Collections.unmodifiableList(added);
    }

    /** Elements, flows and boundaries only the old version has, in its order. */
    public List<ElementChange> removed() {
        return Collections.unmodifiableList(removed);
    }

    /** The model (if its own attributes changed), then elements whose attributes differ, in the new order. */
    public List<ElementChange> changed() {
        return Collections.unmodifiableList(changed);
    }

    /** Findings only the new version has, in its order. */
    public List<FindingChange> newFindings() {
        return Collections.unmodifiableList(newFindings);
    }

    /** Findings only the old version has, in its order. */
    public List<FindingChange> fixedFindings() {
        return Collections.unmodifiableList(fixedFindings);
    }

    /** Findings of both versions whose status or severity differ, in the new order. */
    public List<FindingChange> changedFindings() {
        return Collections.unmodifiableList(changedFindings);
    }

    /** Whether the versions are the same as far as this diff sees. */
    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty() && newFindings.isEmpty()
                && fixedFindings.isEmpty() && changedFindings.isEmpty();
    }

    @Override
    public String toString() {
        return "ModelDiff[" + added.size() + " added, " + removed.size() + " removed, " + changed.size()
                + " changed; findings " + newFindings.size() + " new, " + fixedFindings.size() + " fixed, "
                + changedFindings.size() + " changed]";
    }
}
