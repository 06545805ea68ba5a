package dev.tmj.iac.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.iac.IacFacts;
import dev.tmj.model.Element;
import dev.tmj.model.Model;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rendered Helm objects located in the template their {@code # Source:} comment names, when it is there. */
class HelmTemplatesTest {
    private static final String TEMPLATE = """
            apiVersion: v1
            kind: Service
            metadata:
              name: {{ include "shop.fullname" . }}
            spec:
              ports:
                - port: {{ .Values.service.port }}
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: {{ include "shop.fullname" . }}
              labels:
                {{- include "shop.labels" . | nindent 4 }}
            spec:
              template:
                spec:
                  {{- if .Values.hostNetwork }}
                  hostNetwork: true
                  {{- end }}
                  containers:
                    - name: {{ .Chart.Name }}
                      image: "{{ .Values.image.repository }}"
                      securityContext:
                        {{- toYaml .Values.securityContext | nindent 12 }}
            """;

    private static final String RENDERED = """
            ---
            # Source: shop/templates/app.yaml
            apiVersion: v1
            kind: Service
            metadata:
              name: shop
            spec:
              ports:
                - port: 80
            ---
            # Source: shop/templates/app.yaml
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: shop
              labels:
                app: shop
            spec:
              template:
                spec:
                  hostNetwork: true
                  containers:
                    - name: shop
                      image: "shop"
                      securityContext:
                        privileged: true
            ---
            # Source: shop/templates/missing.yaml
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: gone
            ---
            # Source: ../app.yaml
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: climbing
            """;

    @TempDir
    Path dir;

    @Test
    void should_locate_rendered_objects_and_their_values_in_the_template_that_is_there() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("charts/shop/templates"));
        Files.writeString(templates.resolve("app.yaml"), TEMPLATE);
        Files.writeString(dir.resolve("app.yaml"), "kind: Secret\nmetadata: {name: outside}\n");
        Path rendered = Files.writeString(Files.createDirectories(dir.resolve("out")).resolve("rendered.yaml"),
                RENDERED);

        List<KubernetesObject> objects = KubernetesManifests.read(rendered).objects();

        String template = templates.resolve("app.yaml").toString().replace('\\', '/');
        assertThat(objects).extracting(o -> o.position().file() + ":" + o.position().line()).containsExactly(
                template + ":1", template + ":9", rendered.toString().replace('\\', '/') + ":29",
                rendered.toString().replace('\\', '/') + ":35");
        KubernetesObject deployment = objects.get(1);
        assertThat(deployment.positionOf("spec.template.spec.hostNetwork").orElseThrow().line()).isEqualTo(19);
        assertThat(deployment.positionOf("spec.template.spec.containers[0].image").orElseThrow().line())
                .isEqualTo(23);
        assertThat(deployment.positionOf("spec.template.spec.containers[0].securityContext.privileged")
                .orElseThrow().line()).isEqualTo(24);
        assertThat(deployment.positionOf("metadata.labels.app").orElseThrow().line()).isEqualTo(13);
        assertThat(objects.get(0).positionOf("spec.ports[0].port").orElseThrow().line()).isEqualTo(7);
    }

    @Test
    void should_put_facts_of_rendered_objects_at_template_lines() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("shop/templates"));
        Files.writeString(templates.resolve("app.yaml"), TEMPLATE);
        Path rendered = Files.writeString(dir.resolve("rendered.yaml"), RENDERED);
        Model model = Model.named("helm");

        KubernetesModel.addTo(model, KubernetesManifests.read(rendered));

        Element deployment = model.elements().stream().filter(e -> e.name().equals("Deployment/default/shop"))
                .findFirst().orElseThrow();
        assertThat(deployment.location().orElseThrow().file()).endsWith("shop/templates/app.yaml");
        assertThat(MappedManifests.location(deployment, IacFacts.NODE_TAKEOVER).line()).isEqualTo(24);
        assertThat(MappedManifests.location(deployment, IacFacts.NODE_TAKEOVER).file())
                .endsWith("shop/templates/app.yaml");
    }

    @Test
    void should_keep_rendered_lines_when_the_template_is_absent() throws IOException {
        Path rendered = Files.writeString(dir.resolve("rendered.yaml"), RENDERED);

        List<KubernetesObject> objects = KubernetesManifests.read(rendered).objects();

        assertThat(objects).extracting(o -> o.position().line()).containsExactly(3, 12, 29, 35);
        assertThat(objects).allSatisfy(o -> assertThat(o.position().file()).endsWith("rendered.yaml"));
    }
}
