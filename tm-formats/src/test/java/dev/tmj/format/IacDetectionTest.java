package dev.tmj.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.iac.terraform.plan.TerraformPlan;
import java.util.Optional;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Telling infrastructure code apart by content: the plain searches that rule a text out before any regular expression
 * runs (a large pytm JSON model spent 40 ms in the expressions) never change which kind a text is.
 */
class IacDetectionTest {
    /** The detection's patterns as they were before the plain searches, the reference the property compares with. */
    private static final Pattern K8S_YAML = Pattern.compile("(?m)^apiVersion\\s*:");
    private static final Pattern K8S_KIND = Pattern.compile("(?m)^kind\\s*:");
    private static final Pattern K8S_BODY = Pattern.compile("(?m)^(?:metadata|items)\\s*:");
    private static final Pattern K8S_JSON = Pattern.compile("\"apiVersion\"\\s*:[\\s\\S]*\"kind\"\\s*:"
            + "|\"kind\"\\s*:[\\s\\S]*\"apiVersion\"\\s*:");
    private static final Pattern CFN_VERSION = Pattern.compile("(?m)^\\s*\"?AWSTemplateFormatVersion\"?\\s*:");
    private static final Pattern CFN_RESOURCES = Pattern.compile("(?m)^\\s*\"?Resources\"?\\s*:");
    private static final Pattern CFN_TYPE = Pattern.compile("\"?Type\"?\\s*:\\s*['\"]?(AWS|Alexa|Custom)::");

    @Property(tries = 2000)
    void should_detect_each_text_as_the_patterns_alone_detect_it(@ForAll("iacLikeTexts") String text) {
        assertThat(IacInputs.kindOf(text).map(IacInputs.FileKind::name)).isEqualTo(byPatternsAlone(text));
    }

    /** The IaC kind a text is by the patterns alone (ModelKindDetectionTest compares model kinds with it too). */
    static Optional<String> byPatternsAlone(String text) {
        if (TerraformPlan.looksLike(text)) {
            return Optional.of("Terraform plan");
        }
        if (CFN_VERSION.matcher(text).find() || CFN_RESOURCES.matcher(text).find() && CFN_TYPE.matcher(text).find()) {
            return Optional.of("CloudFormation template");
        }
        boolean kubernetes = text.stripLeading().startsWith("{") ? K8S_JSON.matcher(text).find()
                : K8S_YAML.matcher(text).find() && K8S_KIND.matcher(text).find() && K8S_BODY.matcher(text).find();
        return kubernetes ? Optional.of("Kubernetes manifests") : Optional.empty();
    }

    /** Texts made of the fragments the patterns look for, near misses and noise, as YAML-like lines or JSON-like. */
    @Provide
    Arbitrary<String> iacLikeTexts() {
        Arbitrary<String> fragment = Arbitraries.of("apiVersion: v1", "apiVersion : apps/v1", " apiVersion: v1",
                "kind: Deployment", "kind:", "kinds: x", "metadata:", "items: []", "metadata :", "\"apiVersion\": \"v1\"",
                "\"kind\" : \"Pod\"", "\"kind\"", "AWSTemplateFormatVersion: '2010-09-09'",
                "  \"AWSTemplateFormatVersion\": \"2010\"", "Resources:", "  Resources :", "Type: AWS::S3::Bucket",
                "\"Type\": \"Custom::Thing\"", "Type: 'Alexa::ASK'", "Type: Other::X", "::", "\"format_version\": \"1.2\"",
                "\"terraform_version\": \"1.6\"", "{", "}", "name: x", "\"flows\": []", "# apiVersion: v1", "");
        Arbitrary<String> separator = Arbitraries.of("\n", "\n", ", ", " ", "\r\n");
        return Arbitraries.lazy(() -> fragment.list().ofMaxSize(8)
                .flatMap(parts -> separator.list().ofSize(parts.size()).map(seps -> {
                    StringBuilder text = new StringBuilder();
                    for (int i = 0; i < parts.size(); i++) {
                        text.append(parts.get(i)).append(seps.get(i));
                    }
                    return text.toString();
                })));
    }
}
