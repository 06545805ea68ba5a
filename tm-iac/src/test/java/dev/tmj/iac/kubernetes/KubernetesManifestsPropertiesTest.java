package dev.tmj.iac.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Broken or mutated YAML gives objects or a positioned KubernetesException, never another exception. */
class KubernetesManifestsPropertiesTest {

    /** Pieces of YAML put together at random: what the reader meets when a manifest is broken. */
    private static final String[] PIECES = {"kind", "Pod", "List", "items", "metadata", "name", "namespace", ":",
        ": ", "- ", "---\n", "...\n", "\n", "  ", " ", "\t", "#", "# Source: c/t.yaml\n", "{", "}", "[", "]", ",",
        "\"", "'", "&a ", "*a", "!!str ", "!!int ", "!Ref ", "!", "%YAML 1.2\n", "%TAG ! tag:x,2000:\n", "|", ">",
        "? ", "{{", "1", "0x1F", "0o17", "-3", "1e3", "true", "null", "~", "é", "\u0000", "\r\n", "\\", "<<",
        "\uFEFF", "\uD83D\uDE00", "a"};

    private static final String VALID = """
            apiVersion: v1
            kind: List
            items:
              - kind: Deployment
                metadata: {name: api, namespace: shop, labels: {app: api}}
                spec:
                  template:
                    spec:
                      containers: [{name: api, image: "api:1", ports: [{containerPort: 8080}]}]
            ---
            # Source: shop/templates/service.yaml
            kind: Service
            metadata:
              name: api
            spec: {selector: {app: api}, ports: [{port: 80, targetPort: 8080}]}
            """;

    @Provide
    Arbitrary<String> brokenYaml() {
        return Arbitraries.of(PIECES).list().ofMaxSize(80).map(pieces -> String.join("", pieces));
    }

    @Property(tries = 1500)
    void any_input_gives_objects_or_a_positioned_kubernetes_error(@ForAll("brokenYaml") String text) {
        assertReadsOrRefuses(text);
    }

    @Property(tries = 1000)
    void a_mutated_manifest_gives_objects_or_a_positioned_kubernetes_error(
            @ForAll @IntRange(min = 0, max = 10_000) int where, @ForAll @IntRange(min = 0, max = 12) int length,
            @ForAll("pieces") String inserted) {
        int from = where % VALID.length();
        int to = Math.min(VALID.length(), from + length);
        assertReadsOrRefuses(VALID.substring(0, from) + inserted + VALID.substring(to));
    }

    @Provide
    Arbitrary<String> pieces() {
        return Arbitraries.of(PIECES);
    }

    private static void assertReadsOrRefuses(String text) {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            List<KubernetesObject> objects;
            try {
                objects = KubernetesManifests.parse("m.yaml", text);
            } catch (KubernetesException e) {
                assertThat(e.getMessage()).startsWith("m.yaml");
                return;
            }
            for (KubernetesObject object : objects) {
                assertThat(object.id()).startsWith(object.kind() + "/");
                assertThat(object.position().line()).isPositive();
                assertThat(object.positionOf("")).isPresent();
            }
        }, "reading one manifest took longer than its 30 s budget");
    }
}
