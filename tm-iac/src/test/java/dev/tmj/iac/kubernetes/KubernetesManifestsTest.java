package dev.tmj.iac.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tmj.model.SourceException;
import dev.tmj.model.SourcePosition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plain and rendered manifests become positioned, named objects; what is not Kubernetes YAML is refused clearly. */
class KubernetesManifestsTest {

    @TempDir
    Path dir;

    private static List<KubernetesObject> parse(String text) {
        return KubernetesManifests.parse("app.yaml", text);
    }

    @Test
    void should_read_every_document_of_a_multi_document_file_with_names_and_first_lines() {
        List<KubernetesObject> objects = parse("""
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: api
                  namespace: shop
                spec:
                  template:
                    spec:
                      containers:
                        - name: api
                          image: shop/api:1.2
                          securityContext:
                            privileged: true
                ---
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: api}
                spec:
                  ports: [{port: 80}]
                """);

        assertThat(objects).extracting(KubernetesObject::id).containsExactly("Deployment/shop/api",
                "Service/default/api");
        KubernetesObject deployment = objects.get(0);
        assertThat(deployment.apiVersion()).isEqualTo("apps/v1");
        assertThat(deployment.position()).isEqualTo(SourcePosition.of("app.yaml", 1, 1));
        assertThat(deployment.positionOf("spec.template.spec.containers[0].securityContext.privileged"))
                .contains(SourcePosition.of("app.yaml", 13, 25)
                        .at("spec.template.spec.containers[0].securityContext.privileged"));
        assertThat(deployment.positionOf("spec.template.spec.containers[0]")).get()
                .extracting(SourcePosition::line).isEqualTo(10);
        assertThat(deployment.positionOf("spec.nothing")).isEmpty();
        KubernetesObject service = objects.get(1);
        assertThat(service.position().line()).isEqualTo(16);
        assertThat(service.namespace()).contains("default");
        assertThat(service.body().get("spec")).isEqualTo(Map.of("ports", List.of(Map.of("port", 80L))));
    }

    @Test
    void should_keep_scalars_as_strings_longs_booleans_and_nulls() {
        KubernetesObject object = parse("""
                kind: ConfigMap
                metadata: {name: settings, labels: {app.kubernetes.io/name: web}}
                data: {a: "80", b: 0x10, c: yes, d: True, e: ~, f: 0.5, g: 99999999999999999999}
                """).get(0);

        Map<?, ?> data = (Map<?, ?>) object.body().get("data");
        assertThat(data.get("a")).isEqualTo("80");
        assertThat(data.get("b")).isEqualTo(16L);
        assertThat(data.get("c")).isEqualTo("yes");
        assertThat(data.get("d")).isEqualTo(true);
        assertThat(data.containsKey("e")).isTrue();
        assertThat(data.get("e")).isNull();
        assertThat(data.get("f")).isEqualTo("0.5");
        assertThat(data.get("g")).isEqualTo("99999999999999999999");
        assertThat(object.apiVersion()).isEmpty();
        assertThat(object.positionOf("metadata.labels[\"app.kubernetes.io/name\"]")).get()
                .extracting(SourcePosition::line).isEqualTo(2);
    }

    @Test
    void should_expand_list_items_each_at_its_own_first_line_with_paths_relative_to_the_item() {
        List<KubernetesObject> objects = parse("""
                apiVersion: v1
                kind: List
                items:
                  - apiVersion: v1
                    kind: ServiceAccount
                    metadata:
                      name: robot
                      namespace: ci
                  - apiVersion: rbac.authorization.k8s.io/v1
                    kind: ClusterRoleBinding
                    metadata:
                      name: robot-admin
                    roleRef: {kind: ClusterRole, name: cluster-admin}
                """);

        assertThat(objects).extracting(KubernetesObject::id).containsExactly("ServiceAccount/ci/robot",
                "ClusterRoleBinding/robot-admin");
        assertThat(objects).extracting(o -> o.position().line()).containsExactly(4, 9);
        assertThat(objects.get(1).positionOf("roleRef.name")).get().extracting(SourcePosition::line)
                .isEqualTo(13);
        assertThat(objects.get(1).positionOf("")).get().extracting(SourcePosition::line).isEqualTo(9);
    }

    @Test
    void should_give_each_of_many_list_items_only_its_own_paths() {
        StringBuilder text = new StringBuilder("kind: List\nitems:\n");
        for (int i = 0; i < 12; i++) {
            text.append("  - kind: Pod\n    metadata: {name: p").append(i).append("}\n");
            if (i == 10) {
                text.append("    spec: {hostPID: true}\n");
            }
        }

        List<KubernetesObject> objects = parse(text.toString());

        assertThat(objects).hasSize(12);
        assertThat(objects.get(1).positionOf("spec.hostPID")).isEmpty();
        assertThat(objects.get(10).positionOf("spec.hostPID")).get().extracting(SourcePosition::line)
                .isEqualTo(25);
        assertThat(objects.get(1).positions()).containsOnlyKeys("", "kind", "metadata", "metadata.name");
    }

    @Test
    void should_give_cluster_scoped_kinds_no_namespace_even_when_one_is_written() {
        List<KubernetesObject> objects = parse("""
                kind: Namespace
                metadata: {name: shop}
                ---
                kind: ClusterRole
                metadata: {name: reader, namespace: ignored}
                ---
                kind: PersistentVolume
                metadata: {name: disk}
                ---
                kind: ClusterPolicy
                metadata: {name: deny-exec}
                ---
                kind: Role
                metadata: {name: reader, namespace: shop}
                """);

        assertThat(objects).extracting(KubernetesObject::id).containsExactly("Namespace/shop", "ClusterRole/reader",
                "PersistentVolume/disk", "ClusterPolicy/deny-exec", "Role/shop/reader");
        assertThat(objects.get(0).namespace()).isEmpty();
    }

    @Test
    void should_map_rendered_helm_documents_to_the_template_named_by_their_source_comment() {
        List<KubernetesObject> objects = parse("""
                ---
                # Source: shop/templates/serviceaccount.yaml
                apiVersion: v1
                kind: ServiceAccount
                metadata:
                  name: shop
                ---
                # Source: shop/templates/service.yaml
                apiVersion: v1
                kind: Service
                metadata:
                  name: shop
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: no-source
                """);

        assertThat(objects).extracting(KubernetesObject::helmSource).containsExactly(
                java.util.Optional.of("shop/templates/serviceaccount.yaml"),
                java.util.Optional.of("shop/templates/service.yaml"), java.util.Optional.empty());
        assertThat(objects).extracting(o -> o.position().line()).containsExactly(3, 9, 14);
    }

    @Test
    void should_note_unrendered_helm_charts_and_templates_in_one_line_each_and_read_the_rest() throws IOException {
        Path chart = Files.createDirectories(dir.resolve("charts/web/templates"));
        Files.writeString(dir.resolve("charts/web/Chart.yaml"), "apiVersion: v2\nname: web\nversion: 1.0.0\n");
        Files.writeString(chart.resolve("deployment.yaml"), "kind: Deployment\nmetadata:\n  name: {{ .Release }}\n");
        Files.writeString(dir.resolve("loose.yml"), "kind: Pod\nmetadata:\n  name: {{ .Values.name }}\n");
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("b/pod.yaml"), "kind: Pod\nmetadata: {name: b}\n");
        Files.writeString(dir.resolve("a.yaml"), "kind: Pod\nmetadata: {name: a}\n");
        Files.writeString(dir.resolve("notes.txt"), "kind: [");

        KubernetesManifests manifests = KubernetesManifests.read(dir);

        assertThat(manifests.objects()).extracting(KubernetesObject::id).containsExactly("Pod/default/a",
                "Pod/default/b");
        assertThat(manifests.objects().get(1).position().file()).endsWith("/b/pod.yaml");
        assertThat(manifests.notes()).containsExactly(
                dir.resolve("charts/web").toString().replace('\\', '/') + ": " + KubernetesManifests.UNRENDERED,
                dir.resolve("loose.yml").toString().replace('\\', '/') + ": " + KubernetesManifests.UNRENDERED);
        assertThat(KubernetesManifests.UNRENDERED).isEqualTo("unrendered Helm template: run helm template first");
    }

    @Test
    void should_read_a_folder_of_many_files_in_file_order_whichever_file_is_parsed_first() throws IOException {
        java.util.List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 24; i++) {
            Path file = Files.createDirectories(dir.resolve("ns" + (i % 3))).resolve(String.format("f%02d.yaml", i));
            StringBuilder text = new StringBuilder();
            for (int j = 0; j < 1 + (i * 7) % 40; j++) {
                text.append("---\nkind: Pod\nmetadata: {name: p").append(i).append('-').append(j)
                        .append(", namespace: n").append(i).append("}\n");
            }
            Files.writeString(file, text);
        }
        Files.createDirectories(dir.resolve("ns1/chart"));
        Files.writeString(dir.resolve("ns1/chart/Chart.yaml"), "apiVersion: v2\nname: c\nversion: 1.0.0\n");
        Files.writeString(dir.resolve("ns2/t.yaml"), "kind: Pod\nmetadata:\n  name: {{ .Values.name }}\n");
        try (var files = Files.walk(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml") && !f.endsWith("Chart.yaml")
                    && !f.endsWith("t.yaml")).sorted().toList()) {
                KubernetesManifests.read(file).objects().forEach(o -> ids.add(o.id()));
            }
        }

        KubernetesManifests manifests = KubernetesManifests.read(dir);

        assertThat(manifests.objects()).extracting(KubernetesObject::id).containsExactlyElementsOf(ids);
        assertThat(manifests.notes()).containsExactly(
                dir.resolve("ns1/chart").toString().replace('\\', '/') + ": " + KubernetesManifests.UNRENDERED,
                dir.resolve("ns2/t.yaml").toString().replace('\\', '/') + ": " + KubernetesManifests.UNRENDERED);
    }

    @Test
    void should_report_the_first_error_in_file_order_when_several_files_are_wrong() throws IOException {
        for (int i = 0; i < 12; i++) {
            Files.writeString(dir.resolve(String.format("f%02d.yaml", i)), i == 7 || i == 3
                    ? "kind: Pod\nmetadata: {namespace: x}\n" : "kind: Pod\nmetadata: {name: p" + i + "}\n");
        }

        assertThatThrownBy(() -> KubernetesManifests.read(dir)).isInstanceOf(SourceException.class)
                .hasMessageContaining("f03.yaml");
    }

    @Test
    void should_read_a_list_of_files_in_the_order_given_whichever_file_is_parsed_first() throws IOException {
        java.util.List<Path> files = new java.util.ArrayList<>();
        java.util.List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 16; i++) {
            Path file = dir.resolve(String.format("f%02d.yaml", i));
            StringBuilder text = new StringBuilder();
            for (int j = 0; j < 1 + (i * 11) % 30; j++) {
                text.append("---\nkind: Pod\nmetadata: {name: p").append(i).append('-').append(j).append("}\n");
            }
            Files.writeString(file, text);
            files.add(0, file); // the order given, not the files' sorted order
        }
        for (Path file : files) {
            KubernetesManifests.read(file).objects().forEach(o -> ids.add(o.id()));
        }

        assertThat(KubernetesManifests.read(files).objects()).extracting(KubernetesObject::id)
                .containsExactlyElementsOf(ids);
    }

    @Test
    void should_report_the_first_error_in_the_order_given_when_several_files_of_a_list_are_wrong()
            throws IOException {
        java.util.List<Path> files = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Path file = dir.resolve(String.format("f%02d.yaml", i));
            Files.writeString(file, i == 7 || i == 3
                    ? "kind: Pod\nmetadata: {namespace: x}\n" : "kind: Pod\nmetadata: {name: p" + i + "}\n");
            files.add(0, file);
        }

        assertThatThrownBy(() -> KubernetesManifests.read(files)).isInstanceOf(SourceException.class)
                .hasMessageContaining("f07.yaml");
    }

    @Test
    void should_read_double_braces_in_strings_of_rendered_yaml_that_are_not_go_template_actions() throws IOException {
        Path policy = dir.resolve("policy.yaml");
        Files.writeString(policy, """
                apiVersion: kyverno.io/v1
                kind: ClusterPolicy
                metadata: {name: deny-exec}
                spec:
                  rules:
                    - preconditions:
                        all: [{key: "{{ request.operation || 'BACKGROUND' }}", operator: Equals, value: CONNECT}]
                """);
        Path template = dir.resolve("template.yaml");
        Files.writeString(template, "kind: Service\nmetadata:\n  name: \"{{ include \\\"web.name\\\" . }}\"\n");

        assertThat(KubernetesManifests.read(policy).objects()).extracting(KubernetesObject::id)
                .containsExactly("ClusterPolicy/deny-exec");
        assertThat(KubernetesManifests.read(template).notes()).containsExactly(
                template.toString().replace('\\', '/') + ": " + KubernetesManifests.UNRENDERED);
    }

    @Test
    void should_refuse_anchors_and_aliases_so_that_no_alias_bomb_expands() {
        String bomb = """
                kind: ConfigMap
                metadata: {name: bomb}
                data:
                  a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]
                  b: [*a, *a, *a, *a, *a, *a, *a, *a, *a]
                """;

        assertThatThrownBy(() -> parse(bomb)).isInstanceOf(KubernetesException.class)
                .hasMessageContaining("app.yaml:4:6").hasMessageContaining("anchors are not accepted");
        assertThatThrownBy(() -> parse("kind: Pod\nmetadata: {name: *x}\n")).isInstanceOf(SourceException.class)
                .hasMessageContaining("app.yaml:2").hasMessageContaining("alias");
    }

    @Test
    void should_refuse_unknown_tags_at_their_position() {
        assertThatThrownBy(() -> parse("kind: Pod\nmetadata:\n  name: !Ref web\n"))
                .isInstanceOf(KubernetesException.class).hasMessageContaining("app.yaml:3:9")
                .hasMessageContaining("unknown YAML tag !Ref");
        assertThatThrownBy(() -> parse("kind: Pod\nmetadata: !!java.Object {name: a}\n"))
                .isInstanceOf(KubernetesException.class).hasMessageContaining("unknown YAML tag");
        assertThatThrownBy(() -> parse("kind: Pod\nmetadata: {name: !!int abc}\n"))
                .isInstanceOf(KubernetesException.class).hasMessageContaining("is not a valid");
    }

    @Test
    void should_report_a_syntax_error_with_file_line_column_and_what_was_expected() {
        assertThatThrownBy(() -> parse("kind: Pod\nmetadata:\n  name: a\n  labels: x: y\n"))
                .isInstanceOf(KubernetesException.class)
                .hasMessage("app.yaml:4:12: invalid YAML: mapping values are not allowed here");
        assertThatThrownBy(() -> parse("kind: Pod\nmetadata: {name: [a\n"))
                .isInstanceOf(KubernetesException.class).hasMessageStartingWith("app.yaml:")
                .hasMessageContaining("expected");
    }

    @Test
    void should_refuse_objects_without_kind_or_name_at_the_object_or_its_metadata() {
        assertThatThrownBy(() -> parse("apiVersion: v1\nmetadata: {name: a}\n"))
                .isInstanceOf(KubernetesException.class).hasMessageStartingWith("app.yaml:1:1")
                .hasMessageContaining("kind");
        assertThatThrownBy(() -> parse("kind: Pod\nmetadata:\n  labels: {a: b}\n"))
                .isInstanceOf(KubernetesException.class).hasMessageStartingWith("app.yaml:3:3")
                .hasMessageContaining("metadata.name");
        assertThatThrownBy(() -> parse("kind: Pod\n")).isInstanceOf(KubernetesException.class)
                .hasMessageContaining("Pod without metadata");
        assertThatThrownBy(() -> parse("- a\n- b\n")).isInstanceOf(KubernetesException.class)
                .hasMessageContaining("expected a Kubernetes object");
    }

    @Test
    void should_refuse_duplicate_keys_and_nesting_deeper_than_the_limit() {
        assertThatThrownBy(() -> parse("kind: Pod\nkind: Service\nmetadata: {name: a}\n"))
                .isInstanceOf(KubernetesException.class).hasMessageContaining("app.yaml:2:1")
                .hasMessageContaining("duplicate key \"kind\"");
        String deep = "kind: Pod\nmetadata: {name: a}\nspec: " + "[".repeat(150) + "]".repeat(150) + "\n";
        assertThatThrownBy(() -> parse(deep)).isInstanceOf(KubernetesException.class)
                .hasMessageContaining("nested deeper than 100 levels");
    }

    @Test
    void should_refuse_a_file_larger_than_64_mib_before_reading_it() throws IOException {
        Path file = dir.resolve("huge.yaml");
        try (java.io.RandomAccessFile sparse = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(KubernetesManifests.MAX_FILE_BYTES + 1);
        }

        assertThatThrownBy(() -> KubernetesManifests.read(file)).isInstanceOf(KubernetesException.class)
                .hasMessageEndingWith("huge.yaml: file larger than 64 MiB refused");
    }

    @Test
    void should_refuse_a_file_that_is_not_utf8() throws IOException {
        Path file = dir.resolve("bad.yaml");
        Files.write(file, new byte[] {'k', 'i', 'n', 'd', ':', ' ', (byte) 0xC3, (byte) 0x28});

        assertThatThrownBy(() -> KubernetesManifests.read(file)).isInstanceOf(KubernetesException.class)
                .hasMessageContaining("not UTF-8");
    }
}
