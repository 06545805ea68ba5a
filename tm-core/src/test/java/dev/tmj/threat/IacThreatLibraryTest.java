package dev.tmj.threat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tmj.model.Element;
import dev.tmj.model.ElementType;
import dev.tmj.model.Model;
import dev.tmj.model.SourceLocation;
import dev.tmj.pipeline.Pipeline;
import dev.tmj.resolve.Finding;
import dev.tmj.resolve.Findings;
import dev.tmj.resolve.Resolver;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The IaC library's threats read facts that tm-iac's importers record as extra attributes; these tests record them
 * by hand (tm-iac's tests prove the importers record them from real code).
 */
class IacThreatLibraryTest {
    private static final List<String> FACTS = List.of("iacType", "iacInternetFacing", "iacAuthenticated",
            "iacPlaintext", "iacPermissive", "iacSecret", "iacPublicData", "iacPublicAccessBlocked", "iacAdminPort",
            "iacNodeTakeover", "iacNoNetworkPolicy", "iacNoAuditTrail");
    private static final ThreatLibrary IAC = ThreatLibrary.builtIn("iac");

    private final Model model = Model.named("infra");

    private Element imported(ElementType type, String name, String iacType, int line) {
        Element element = model.add(type, name).locatedAt(SourceLocation.of("main.tf", line));
        FACTS.forEach(f -> element.setExtra(f, f.equals("iacType") ? iacType : "", SourceLocation.of("main.tf", line)));
        return element;
    }

    private List<Finding> findings(String sid) {
        Findings findings = Resolver.resolve(model, IAC);
        return findings.findings().stream().filter(f -> f.threatId().equals(sid)).toList();
    }

    @Test
    void should_define_ten_threats_each_with_stride_severity_cwe_checkov_ids_and_evidence() {
        assertThat(IAC.threats()).extracting(Threat::id)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 10).mapToObj(i -> String.format("IAC%02d", i))
                        .toList());
        assertThat(IAC.threats()).allSatisfy(threat -> {
            assertThat(threat.texts().stride()).isNotEmpty();
            assertThat(Severity.of(threat.severity())).isNotEqualTo(Severity.INFO);
            assertThat(threat.texts().classifications()).anyMatch(c -> c.startsWith("CWE-"));
            assertThat(threat.texts().references()).contains("Checkov CKV");
            assertThat(threat.evidence()).hasValueSatisfying(fact -> assertThat(FACTS).contains(fact));
        });
    }

    @Test
    void should_point_a_finding_at_the_block_that_causes_it_and_name_the_cause_in_its_details() {
        Element web = imported(ElementType.SERVER, "aws_instance.web", "aws_instance", 10);
        web.setExtra("iacAdminPort", "aws_security_group.web: ingress from 0.0.0.0/0 to port 22",
                SourceLocation.of("network.tf", 42));

        Finding finding = findings("IAC06").get(0);

        assertThat(finding.location()).contains(SourceLocation.of("network.tf", 42));
        assertThat(finding.details()).endsWith("Cause: aws_security_group.web: ingress from 0.0.0.0/0 to port 22");
        assertThat(finding.cause()).startsWith("aws_security_group.web");
    }

    @Test
    void should_find_nothing_where_the_code_shows_no_cause() {
        imported(ElementType.SERVER, "aws_instance.web", "aws_instance", 10);

        assertThat(findings("IAC06")).isEmpty();
        assertThat(findings("IAC01")).isEmpty();
    }

    @Test
    void should_not_report_an_authenticated_internet_facing_entry_point() {
        Element open = imported(ElementType.SERVER, "aws_api_gateway_method.open", "aws_api_gateway_method", 3);
        open.setExtra("iacInternetFacing", "aws_api_gateway_method.open: authorization = NONE",
                SourceLocation.of("api.tf", 3));
        Element closed = imported(ElementType.SERVER, "aws_api_gateway_method.closed", "aws_api_gateway_method", 9);
        closed.setExtra("iacInternetFacing", "aws_api_gateway_method.closed: on a public stage",
                SourceLocation.of("api.tf", 9));
        closed.setExtra("iacAuthenticated", "aws_api_gateway_method.closed: authorization = COGNITO_USER_POOLS",
                SourceLocation.of("api.tf", 11));

        assertThat(findings("IAC01")).extracting(Finding::target).containsExactly("aws_api_gateway_method.open");
    }

    @Test
    void should_report_a_public_bucket_only_without_a_public_access_block() {
        Element open = imported(ElementType.DATASTORE, "aws_s3_bucket.open", "aws_s3_bucket", 1);
        open.setExtra("iacPublicData", "aws_s3_bucket_acl.open: acl = public-read", SourceLocation.of("s3.tf", 5));
        Element blocked = imported(ElementType.DATASTORE, "aws_s3_bucket.blocked", "aws_s3_bucket", 20);
        blocked.setExtra("iacPublicData", "aws_s3_bucket_acl.blocked: acl = public-read",
                SourceLocation.of("s3.tf", 24));
        blocked.setExtra("iacPublicAccessBlocked", "aws_s3_bucket_public_access_block.blocked",
                SourceLocation.of("s3.tf", 28));

        assertThat(findings("IAC05")).extracting(Finding::target).containsExactly("aws_s3_bucket.open");
        assertThat(findings("IAC05").get(0).location()).contains(SourceLocation.of("s3.tf", 5));
    }

    @Test
    void should_report_a_data_store_without_encryption_at_rest_at_its_own_block() {
        imported(ElementType.DATASTORE, "aws_db_instance.plain", "aws_db_instance", 7);
        imported(ElementType.DATASTORE, "aws_db_instance.encrypted", "aws_db_instance", 30).controls()
                .set("isEncryptedAtRest", true);

        assertThat(findings("IAC07")).extracting(Finding::target).containsExactly("aws_db_instance.plain");
        assertThat(findings("IAC07").get(0).location()).contains(SourceLocation.of("main.tf", 7));
        assertThat(findings("IAC07").get(0).details()).endsWith("Cause: aws_db_instance");
    }

    @Test
    void should_leave_kubernetes_secrets_and_config_maps_out_of_encryption_at_rest() {
        imported(ElementType.DATASTORE, "Secret/shop/db", "Secret", 3);
        imported(ElementType.DATASTORE, "ConfigMap/shop/app", "ConfigMap", 9);

        assertThat(findings("IAC07")).isEmpty();
    }

    @Test
    void should_choose_the_iac_library_beside_the_security_library_for_a_model_from_infrastructure_code() {
        assertThat(Pipeline.defaultLibrary(model).threats()).noneMatch(t -> t.id().startsWith("IAC"));

        imported(ElementType.SERVER, "aws_instance.web", "aws_instance", 10);

        assertThat(Pipeline.defaultLibrary(model).threats()).anyMatch(t -> t.id().equals("IAC06"))
                .anyMatch(t -> t.id().equals("INP01"));
    }

    @Test
    void should_name_built_in_libraries_where_threat_files_are_expected() {
        assertThat(Pipeline.threatLibrary(List.of(Path.of("builtin:iac"))).threats()).hasSize(10);
        assertThat(Pipeline.threatLibrary(List.of(Path.of("builtin:pytm"))).threats())
                .hasSameSizeAs(ThreatLibrary.builtIn().threats());
        assertThat(Pipeline.threatLibrary(List.of(Path.of("builtin:all"))).threats())
                .hasSize(ThreatLibrary.builtIn().threats().size() + 10 + ThreatLibrary.builtIn("linddun").size());
        assertThatThrownBy(() -> Pipeline.threatLibrary(List.of(Path.of("builtin:lindun"))))
                .isInstanceOf(ThreatLibraryException.class)
                .hasMessageContaining("no built-in threat library \"lindun\"")
                .hasMessageContaining("builtin:pytm, builtin:iac, builtin:linddun, builtin:all");
    }

    @Test
    void should_refuse_an_evidence_key_that_is_not_an_attribute_name() {
        String json = """
                [{"SID": "X1", "target": "Server", "condition": "True", "evidence": "iac Admin"}]""";

        assertThatThrownBy(() -> ThreatLibrary.fromJson(json, "lib.json"))
                .isInstanceOf(ThreatLibraryException.class)
                .hasMessageContaining("lib.json:1:")
                .hasMessageContaining("\"evidence\" must name one attribute");
    }

    @Test
    void should_neither_find_nor_warn_on_hand_written_elements_that_cannot_have_the_facts() {
        model.add(ElementType.DATASTORE, "Orders database");
        model.add(ElementType.SERVER, "Web server");

        Findings findings = Resolver.resolve(model, ThreatLibrary.builtIn("all"));

        assertThat(findings.findings()).noneMatch(f -> f.threatId().startsWith("IAC"));
        assertThat(findings.warnings()).noneMatch(w -> w.threatId().startsWith("IAC"));
    }
}
