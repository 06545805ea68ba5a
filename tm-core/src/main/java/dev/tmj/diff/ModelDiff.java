package dev.tmj.diff;

import dev.tmj.model.Element;
import dev.tmj.model.Model;
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
 *       is changed. Attributes are compared through the schema, as analysed (after pytm's check filled flow
 *       defaults), except those the check and resolver compute (inputs, outputs, findings, severity). Renaming an
 *       element is a removal and an addition, as it is for its findings' fingerprints.</li>
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
 * ModelDiff diff = ModelDiff.between(oldRun.findings(), newRun.findings());
 * diff.added().forEach(change -> System.out.println("+ " + change.identity()));
 * }</pre>
 */
public final class ModelDiff {
    private final Findings before;
    private final Findings after;
    private final List<ElementChange> added = new ArrayList<>();
    private final List<ElementChange> removed = new ArrayList<>();
    private final List<ElementChange> changed = new ArrayList<>();
    private final List<FindingChange> newFindings = new ArrayList<>();
    private final List<FindingChange> fixedFindings = new ArrayList<>();
    private final List<FindingChange> changedFindings = new ArrayList<>();

    private ModelDiff(Findings before, Findings after) {
        this.before = before;
        this.after = after;
    }

    /** Compares two resolved versions of a model: {@code before} the old one, {@code after} the new one. */
    public static ModelDiff between(Findings before, Findings after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        ModelDiff diff = new ModelDiff(before, after);
        diff.compareElements();
        diff.compareFindings();
        return diff;
    }

    private void compareElements() {
        ElementIdentities oldIds = before.identities();
        ElementIdentities newIds = after.identities();
        AttributeValues values = new AttributeValues(oldIds, newIds);
        Model oldModel = before.checkedModel().model();
        Model newModel = after.checkedModel().model();
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
                List<AttributeChange> attributes = values.changes(was, element);
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
            } else if (was.status() != finding.status() || was.severity() != finding.severity()) {
                changedFindings.add(new FindingChange(Optional.of(was), Optional.of(finding)));
            }
        }
        for (Finding finding : before) {
            if (!now.containsKey(finding.fingerprint())) {
                fixedFindings.add(new FindingChange(Optional.of(finding), Optional.empty()));
            }
        }
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
