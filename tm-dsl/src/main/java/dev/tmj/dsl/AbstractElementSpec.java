package dev.tmj.dsl;

import dev.tmj.model.Assumption;
import dev.tmj.model.Classification;
import dev.tmj.model.Element;
import dev.tmj.model.FindingOverride;
import dev.tmj.model.Impact;
import dev.tmj.model.SourceLocation;
import dev.tmj.model.TLSVersion;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * The attributes every element has, set fluently. Each element class of the DSL adds its own; together they
 * cover every attribute of pytm's schema, so a misspelt attribute does not compile.
 *
 * @param <S> the concrete element class, returned by every setter
 */
public abstract class AbstractElementSpec<S extends AbstractElementSpec<S>> {
    private final Element element;

    AbstractElementSpec(Element element) {
        this.element = element;
    }

    /** The model element this builds. */
    public Element element() {
        return element;
    }

    public String name() {
        return element.name();
    }

    @SuppressWarnings("unchecked")
    final S set(String attribute, Object value) {
        element.set(attribute, value);
        return (S) this;
    }

    /** Sets the description. */
    public S description(String value) {
        return set("description", value);
    }

    /** Places the element inside a boundary (pytm's {@code inBoundary}). */
    public S in(BoundarySpec boundary) {
        return set("inBoundary", boundary.element());
    }

    /** pytm's spelling of {@link #in(BoundarySpec)}. */
    public S inBoundary(BoundarySpec boundary) {
        return in(boundary);
    }

    /** Sets whether threats are looked for on this element. */
    public S inScope(boolean value) {
        return set("inScope", value);
    }

    /** Leaves the element out of the analysis; it is still drawn. */
    public S outOfScope() {
        return inScope(false);
    }

    /** Sets the most sensitive classification the element may handle. */
    public S maxClassification(Classification value) {
        return set("maxClassification", value);
    }

    /**
     * Sets the business impact if the element is compromised (tmj's extension): with the data the element handles,
     * what is at stake in its findings' risk (docs/risk.md).
     */
    public S impact(Impact value) {
        return set("impact", value);
    }

    /** Sets the oldest TLS version the element accepts. */
    public S minTLSVersion(TLSVersion value) {
        return set("minTLSVersion", value);
    }

    /** Sets per-threat overrides: {@code overrides(FindingOverride.of("INP02").response("mitigated"))}. */
    public S overrides(FindingOverride... overrides) {
        return set("overrides", List.of(overrides));
    }

    /** Sets assumptions; an assumption may exclude threats by SID. */
    public S assumptions(Assumption... assumptions) {
        return set("assumptions", List.of(assumptions));
    }

    /** Sets the DFD levels the element is drawn on (stored as a sorted set of Long, like every model int). */
    public S levels(int... levels) {
        return set("levels", Arrays.stream(levels).boxed().toList());
    }

    /** Sets the source files that implement the element. */
    public S sourceFiles(String... files) {
        return set("sourceFiles", List.of(files));
    }

    /** Sets controls: {@code controls(c -> c.isHardened(true).sanitizesInput(true))}. */
    public S controls(Consumer<ControlsSpec> settings) {
        settings.accept(new ControlsSpec(element.controls()));
        @SuppressWarnings("unchecked")
        S self = (S) this;
        return self;
    }

    /** Sets the starting severity (the resolver raises it to the highest finding's). */
    public S severity(int value) {
        return set("severity", value);
    }

    /** Records where the element is declared, for reports; the DSL records the calling line by itself. */
    public S locatedAt(String file, int line) {
        element.locatedAt(SourceLocation.of(file, line));
        @SuppressWarnings("unchecked")
        S self = (S) this;
        return self;
    }

    @Override
    public String toString() {
        return element.label();
    }
}
