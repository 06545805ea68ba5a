package dev.tmj.resolve;

import dev.tmj.model.Assumption;
import dev.tmj.model.Element;
import dev.tmj.model.ExtraAttribute;
import dev.tmj.model.FindingOverride;
import dev.tmj.model.FindingStatus;
import dev.tmj.model.SourceLocation;
import dev.tmj.threat.Severity;
import dev.tmj.threat.Threat;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A threat that applies to an element. The texts come from the threat, patched by the element's override
 * for that SID (only the fields the override sets).
 */
public final class Finding {
    private final int number;
    private final Threat threat;
    private final Element element;
    private final ElementIdentities identities;
    private final FindingOverride override;
    private final Assumption assumption;
    private final LocalDate today;
    private final List<Evidence> evidence;
    private String fingerprint;
    /** The status, worked out once: each output and the gate ask for it (a benign race: the same value each time). */
    private FindingStatus status;
    /** The risk, worked out once for the same reason. */
    private Risk risk;

    Finding(int number, Threat threat, Element element, ElementIdentities identities, FindingOverride override,
            Assumption assumption, LocalDate today) {
        this(number, threat, element, identities, override, assumption, today, List.of());
    }

    private Finding(int number, Threat threat, Element element, ElementIdentities identities,
            FindingOverride override, Assumption assumption, LocalDate today, List<Evidence> evidence) {
        this.number = number;
        this.threat = threat;
        this.element = element;
        this.identities = identities;
        this.override = override;
        this.assumption = assumption;
        this.today = today;
        this.evidence = List.copyOf(evidence);
    }

    /** This finding with the tests that claim to mitigate it. */
    Finding withEvidence(List<Evidence> claims) {
        return new Finding(number, threat, element, identities, override, assumption, today, claims);
    }

    /**
     * How the finding is handled. Passing evidence makes it mitigated; evidence that failed leaves it open
     * whatever was declared; otherwise the declared status (an acceptance past its expiry date is open again),
     * else the first word of pytm's {@code response}, else open.
     */
    public FindingStatus status() {
        if (status == null) {
            status = statusNow();
        }
        return status;
    }

    private FindingStatus statusNow() {
        if (!evidence.isEmpty()) {
            return evidence.stream().allMatch(Evidence::passed) ? FindingStatus.MITIGATED : FindingStatus.OPEN;
        }
        FindingStatus declared = declaredStatus().orElse(FindingStatus.OPEN);
        if (declared == FindingStatus.ACCEPTED && isExpired()) {
            return FindingStatus.OPEN;
        }
        return declared;
    }

    /** Why the status is what it is, when that needs saying: failed evidence, an expired acceptance. */
    public String statusReason() {
        List<Evidence> failed = evidence.stream().filter(e -> !e.passed()).toList();
        if (!failed.isEmpty()) {
            return "evidence failed: " + failed.stream().map(e -> e.test() + (e.detail().isEmpty() ? ""
                    : " (" + e.detail() + ")")).collect(java.util.stream.Collectors.joining("; "));
        }
        if (!evidence.isEmpty()) {
            return "mitigation proved by " + evidence.stream().map(Evidence::test)
                    .collect(java.util.stream.Collectors.joining(", "));
        }
        if (declaredStatus().orElse(null) == FindingStatus.ACCEPTED && isExpired()) {
            return "acceptance expired on " + expires().orElseThrow();
        }
        return "";
    }

    /** The status the model declared (override {@code status}, else its {@code response}), if any. */
    public Optional<FindingStatus> declaredStatus() {
        Optional<FindingStatus> declared = override().flatMap(FindingOverride::status);
        return declared.isPresent() ? declared : FindingStatus.ofResponse(response());
    }

    /** Who decided the status, or "". */
    public String owner() {
        return field("owner", "");
    }

    /** Why the status holds, or "". */
    public String justification() {
        return field("justification", "");
    }

    /** The last day the declared status holds, if it has one. */
    public Optional<LocalDate> expires() {
        return override().flatMap(FindingOverride::expires);
    }

    /** The tests that claim to mitigate this finding, with how they ended. */
    public List<Evidence> evidence() {
        return evidence;
    }

    private boolean isExpired() {
        return expires().map(last -> last.isBefore(today == null ? LocalDate.now() : today)).orElse(false);
    }

    /** pytm's running id: "1", "2" ... in element order, then threat order; changes when the model changes. */
    public String id() {
        return field("id", String.valueOf(number));
    }

    /**
     * {@link #id()} as a number when it is the running number (no override sets the id), otherwise -1: an output
     * that writes a million ids writes their digits without a String each.
     */
    public int idNumber() {
        return override != null && override.isSet("id") ? -1 : number;
    }

    /** The override's value for a field it sets, otherwise the fallback (the threat's text). */
    private String field(String name, String fallback) {
        return override != null && override.isSet(name) ? (String) override.get(name) : fallback;
    }

    /** The element's override for this finding's threat, if it has one. */
    public Optional<FindingOverride> override() {
        return Optional.ofNullable(override);
    }

    /** The threat's SID (pytm's {@code threat_id}). */
    public String threatId() {
        return threat.id();
    }

    public Threat threat() {
        return threat;
    }

    /** The element of the checked model this finding is about. */
    public Element element() {
        return element;
    }

    /** The element's name (pytm's {@code target}). */
    public String target() {
        return field("target", element.name());
    }

    public String description() {
        return field("description", threat.texts().description());
    }

    /**
     * The threat's details (or the override's), followed, when the threat names an evidence attribute that the
     * element has with a text, by that text: {@code Cause: aws_security_group.web: ingress opens port 22 to
     * 0.0.0.0/0}.
     */
    public String details() {
        String details = field("details", threat.texts().details());
        String cause = cause();
        return cause.isEmpty() ? details : details.isEmpty() ? "Cause: " + cause : details + " Cause: " + cause;
    }

    /** The text of the threat's evidence attribute on the element, or "" when there is none. */
    public String cause() {
        return causeAttribute().map(ExtraAttribute::value).filter(String.class::isInstance).map(String.class::cast)
                .orElse("");
    }

    /** The element's evidence attribute; without a lambda per call, as the one-line output asks per finding. */
    private Optional<ExtraAttribute> causeAttribute() {
        Optional<String> evidence = threat.evidence();
        return evidence.isEmpty() ? Optional.empty() : element.extra(evidence.get());
    }

    /** The severity on pytm's scale, read from {@link #severityText()} (unknown or blank text is INFO). */
    public Severity severity() {
        return Severity.of(severityText());
    }

    /** The severity as the override or threat words it ("Very High"), for outputs that echo pytm's text. */
    public String severityText() {
        return field("severity", threat.texts().severity());
    }

    public String likelihood() {
        return field("likelihood", threat.texts().likelihood());
    }

    /**
     * The risk ranking of this finding: the threat's likelihood (or the override's) against what is at stake on the
     * element (its declared impact and the classification of the data it handles), through the risk matrix.
     */
    public Risk risk() {
        if (risk == null) {
            risk = Risk.of(Likelihood.of(likelihood()), Risk.impactOf(element));
        }
        return risk;
    }

    public String mitigations() {
        return field("mitigations", threat.texts().mitigations());
    }

    public String example() {
        return field("example", threat.texts().example());
    }

    public String references() {
        return field("references", threat.texts().references());
    }

    public String condition() {
        return field("condition", threat.condition().text());
    }

    /** How the finding is handled (from an override): mitigated, transferred, avoided, accepted, or "". */
    public String response() {
        return field("response", "");
    }

    public String cvss() {
        return field("cvss", "");
    }

    /** The STRIDE category of the threat, or "" when the library gives none. */
    public String stride() {
        return threat.texts().stride();
    }

    /** The LINDDUN category of a privacy threat, or "" when the threat has none. */
    public String linddun() {
        return threat.texts().linddun();
    }

    /** The threat's category in whichever framework it belongs to (STRIDE, else LINDDUN), or "". */
    public String category() {
        return threat.texts().category();
    }

    /** The framework of {@link #category()}: {@code STRIDE}, {@code LINDDUN}, or "". */
    public String framework() {
        return threat.texts().framework();
    }

    /** For an excluded finding, the assumption that excluded it. */
    public Optional<Assumption> assumption() {
        return Optional.ofNullable(assumption);
    }

    /**
     * Where the finding points: the location of the threat's evidence attribute on the element when it has one (the
     * block of infrastructure code that causes the finding), else where the element was declared, when known.
     */
    public Optional<SourceLocation> location() {
        Optional<ExtraAttribute> cause = causeAttribute();
        SourceLocation at = cause.isEmpty() ? null : cause.get().location();
        return at != null && at.line() > 0 ? Optional.of(at) : element.location();
    }

    /**
     * A stable id: 16 hex digits derived from the SID and the element's identity (its kind and name; for a flow
     * also its source and sink), so it survives reordering, boundary moves and edits to other attributes.
     */
    public String fingerprint() {
        if (fingerprint == null) {
            fingerprint = ElementIdentities.hex(fingerprintBits());
        }
        return fingerprint;
    }

    /**
     * The 64 bits whose hex digits {@link #fingerprint()} spells, worked out again on each call and kept nowhere: an
     * output that writes every fingerprint once (pytm's {@code --json}) writes the digits without a String each.
     */
    public long fingerprintBits() {
        return identities.fingerprint(element, threat.id());
    }

    /** The element identity the fingerprint is computed from, such as {@code Server:Web server}. */
    public String elementIdentity() {
        return identities.identityOf(element);
    }

    @Override
    public String toString() {
        return threat.id() + " on " + element.label();
    }
}
