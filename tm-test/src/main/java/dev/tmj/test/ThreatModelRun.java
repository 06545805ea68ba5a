package dev.tmj.test;

import dev.tmj.dsl.ThreatModel;
import dev.tmj.model.Element;
import dev.tmj.model.Model;
import dev.tmj.model.Suggestions;
import dev.tmj.resolve.Evidence;
import dev.tmj.resolve.Finding;
import dev.tmj.resolve.Findings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** One test class's model, its findings, and the outcomes of the tests that claim to mitigate them. */
final class ThreatModelRun {
    private final String owner;
    private final ThreatModel threatModel;
    private final Model model;
    private final Findings findings;
    private final Map<Claim, List<Evidence>> evidence = new ConcurrentHashMap<>();

    /** A {@link Mitigates} claim: a SID on the element with this name. */
    record Claim(String threat, String element) {
        static Claim of(Mitigates m) {
            return new Claim(m.threat(), m.element());
        }

        static Claim of(Finding f) {
            return new Claim(f.threatId(), f.element().name());
        }
    }

    ThreatModelRun(String owner, ThreatModel threatModel, Model model, Findings findings) {
        this.owner = owner;
        this.threatModel = threatModel;
        this.model = model;
        this.findings = findings;
    }

    String owner() {
        return owner;
    }

    Optional<ThreatModel> threatModel() {
        return Optional.ofNullable(threatModel);
    }

    Model model() {
        return model;
    }

    Findings findings() {
        return findings;
    }

    /** Why a claim is stale (it names no finding), or empty when some finding matches it. */
    Optional<String> staleness(Mitigates claim, String test) {
        List<Element> named = findings.checkedModel().model().elements().stream()
                .filter(e -> e.name().equals(claim.element())).toList();
        if (named.isEmpty()) {
            return Optional.of(FailureMessages.staleClaimElement(claim, test, model.name(), Suggestions.closest(
                    claim.element(), findings.checkedModel().model().elements().stream().map(Element::name)
                            .toList())).text());
        }
        List<Finding> onElement = named.stream().flatMap(e -> findings.of(e).stream()).toList();
        if (onElement.stream().anyMatch(f -> f.threatId().equals(claim.threat()))) {
            return Optional.empty();
        }
        return Optional.of(FailureMessages.staleClaimThreat(claim, test, named.get(0), onElement,
                Suggestions.closest(claim.threat(), onElement.stream().map(Finding::threatId).toList())).text());
    }

    void record(Mitigates claim, Evidence outcome) {
        evidence.computeIfAbsent(Claim.of(claim), k -> java.util.Collections.synchronizedList(new ArrayList<>()))
                .add(outcome);
    }

    /** The findings with the recorded outcomes attached as evidence. */
    Findings withEvidence() {
        return findings.withEvidence(f -> {
            List<Evidence> outcomes = evidence.get(Claim.of(f));
            return outcomes == null ? List.of() : List.copyOf(outcomes);
        });
    }
}
