package dev.tmj.format.ci;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.format.ModelFiles;
import dev.tmj.gate.Baseline;
import dev.tmj.gate.BaselineFinding;
import dev.tmj.gate.CheckResult;
import dev.tmj.gate.Gate;
import dev.tmj.gate.ModelCheck;
import dev.tmj.model.Element;
import dev.tmj.model.ElementType;
import dev.tmj.model.Model;
import dev.tmj.model.SourceLocation;
import dev.tmj.pipeline.Pipeline;
import dev.tmj.resolve.Finding;
import dev.tmj.resolve.Findings;
import dev.tmj.threat.Severity;
import dev.tmj.threat.ThreatLibrary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Check results for the CI writers' tests: the shop model (ci/shop.yaml with ci/threats.json, 12 findings in every
 * status), with and without a baseline, and a model whose every name and threat text is hostile.
 */
final class CiFixtures {
    static final Path DIR = Path.of("src", "test", "resources", "ci");
    static final String SHOP_PATH = "models/shop.yaml";
    /** The day the shop is checked on: its acceptance of CR06 on "Place order" expired before it. */
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    /** Every name a model could hold that breaks a careless writer. */
    static final String HOSTILE = "Web \"server\" 'q' <script>alert(1)</script>\n]]> | `code` <!-- c --> "
            + "*b* _i_ [l](javascript:x) &amp; \r\n\t\u0000\u0007\u001b[31m \u0085 \u2028 \uD800 %0A \\ # - 😀";

    private CiFixtures() {
    }

    static Findings shopFindings() {
        return Pipeline.fromFile(DIR.resolve("shop.yaml"), ModelFiles::read)
                .threatFiles(List.of(DIR.resolve("threats.json"))).asOf(TODAY).run().findings();
    }

    /** The shop through a gate, without a baseline. */
    static CheckResult shop(Gate gate) {
        return new CheckResult(gate, List.of(ModelCheck.of(SHOP_PATH, shopFindings(), gate, Optional.empty(),
                location -> Optional.empty())));
    }

    /**
     * The shop against a baseline that holds CR06 on "Store order" and the open findings of "Web server", and a
     * finding on a server since removed ("Legacy admin", INP02), which is fixed.
     */
    static CheckResult shopAgainstBaseline(Gate gate) {
        Findings findings = shopFindings();
        List<BaselineFinding> known = new java.util.ArrayList<>();
        for (Finding f : findings) {
            boolean kept = f.element().name().equals("Web server")
                    || f.element().name().equals("Store order") && f.threatId().equals("CR06");
            if (kept) {
                known.add(new BaselineFinding(f.fingerprint(), f.threatId(), f.element().name(), f.severity(),
                        f.status().label(), SHOP_PATH, f.location().orElseThrow().line()));
            }
        }
        known.add(new BaselineFinding("0123456789abcdef", "INP02", "Legacy admin", Severity.HIGH, "open",
                SHOP_PATH, 9));
        Baseline baseline = Baseline.of("findings.json", known);
        return new CheckResult(gate, List.of(ModelCheck.of(SHOP_PATH, findings, gate, Optional.of(baseline),
                location -> Optional.empty())));
    }

    /**
     * A model whose names, path, SID and threat texts are all {@link #HOSTILE}: a server, an actor and a flow
     * between them, each with an open very-high finding (failing the default gate) and an accepted one whose
     * owner and justification are hostile too.
     */
    static CheckResult hostile() {
        Model model = Model.named(HOSTILE);
        Element server = model.add(ElementType.SERVER, HOSTILE + "server").locatedAt(SourceLocation.of("x", 7));
        Element actor = model.add(ElementType.ACTOR, HOSTILE + "actor");
        model.dataflow(actor, server, HOSTILE + "flow").locatedAt(SourceLocation.of("x", 12));
        server.set("overrides", List.of(dev.tmj.model.FindingOverride.of("ACC")
                .status(dev.tmj.model.FindingStatus.ACCEPTED).owner(HOSTILE).justification(HOSTILE)));
        Findings findings = Pipeline.of(model).threats(hostileLibrary()).asOf(TODAY).run().findings();
        Gate gate = Gate.DEFAULT;
        return new CheckResult(gate, List.of(ModelCheck.of("dir with space/" + HOSTILE + ".py", findings, gate,
                Optional.empty(), location -> Optional.empty())));
    }

    private static ThreatLibrary hostileLibrary() {
        String text = json(HOSTILE);
        String threat = "{\"SID\": SID, \"target\": [\"Server\", \"Dataflow\"], \"description\": " + text
                + ", \"details\": " + text + ", \"severity\": \"Very High\", \"condition\": \"True\","
                + " \"mitigations\": " + text + ", \"references\": " + text + ", \"stride\": " + text + "}";
        return ThreatLibrary.fromJson("[" + threat.replace("SID, ", json(HOSTILE + "SID") + ", ") + ", "
                + threat.replace("SID, ", "\"ACC\", ") + "]", "hostile.json");
    }

    /** A JSON string of the text, written by hand: every character outside printable ASCII escaped. */
    static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** A file of the test resources as text. */
    static String resource(String name) {
        try {
            return Files.readString(DIR.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Asserts that an output equals its golden file under ci/; run with {@code -Dtmj.updateGolden=true} to write
     * the files anew after a deliberate change, then review the diff by eye.
     */
    static void assertMatchesGolden(String name, String actual) {
        Path file = DIR.resolve(name);
        try {
            if (Boolean.getBoolean("tmj.updateGolden")) {
                Files.writeString(file, actual, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(file).as("golden file %s (regenerate with -Dtmj.updateGolden=true)", file).exists();
        assertThat(actual).as("%s differs from the golden file", name).isEqualTo(resource(name));
    }
}
