package dev.tmj.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tmj.format.ModelFiles.Kind;
import dev.tmj.model.Element;
import dev.tmj.model.Model;
import dev.tmj.model.ModelWarning;
import dev.tmj.model.SourceException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Infrastructure code is a model format: folders, .tf files and manifests, told apart by content, combined. */
class IacInputsTest {
    private static final Path SHOP = Path.of("src/test/resources/iac/shop");

    @Test
    void should_read_a_folder_of_terraform_and_manifests_as_one_model() {
        Model model = ModelFiles.read(SHOP, false);

        assertThat(model.name()).isEqualTo("shop");
        assertThat(names(model)).contains("aws_s3_bucket.assets", "module.db.aws_db_instance.main",
                "Deployment/shop/api", "Service/shop/api");
        Element bucket = element(model, "aws_s3_bucket.assets");
        assertThat(bucket.location()).hasValueSatisfying(l -> {
            assertThat(l.file()).isEqualTo("src/test/resources/iac/shop/terraform/main.tf");
            assertThat(l.line()).isEqualTo(5);
        });
        assertThat(element(model, "Service/shop/api").location()).hasValueSatisfying(l -> {
            assertThat(l.file()).isEqualTo("src/test/resources/iac/shop/k8s/app.yaml");
            assertThat(l.line()).isEqualTo(9);
        });
    }

    @Test
    void should_skip_dot_terraform_module_folders_and_yaml_that_is_no_manifest() {
        Model model = ModelFiles.read(SHOP, false);

        assertThat(names(model)).doesNotContain("aws_instance.downloaded", "ConfigMap/default/in-a-module")
                .noneMatch(n -> n.startsWith("Kustomization"));
    }

    @Test
    void should_turn_reader_notes_into_warnings_one_line_each() {
        Model model = ModelFiles.read(SHOP, false);

        assertThat(model.warnings()).extracting(ModelWarning::toString)
                .anySatisfy(w -> assertThat(w).startsWith("src/test/resources/iac/shop/terraform/main.tf:14:")
                        .contains("module.remote"))
                .anySatisfy(w -> assertThat(w).startsWith("src/test/resources/iac/shop/chart: ")
                        .contains("unrendered Helm template"))
                .allSatisfy(w -> assertThat(w).doesNotContain("\n"));
    }

    @Test
    void should_refuse_reader_notes_with_strict_naming_each() {
        assertThatThrownBy(() -> ModelFiles.read(SHOP, true)).isInstanceOf(SourceException.class)
                .satisfies(e -> assertThat(((SourceException) e).errors()).extracting(Throwable::getMessage)
                        .anySatisfy(m -> assertThat(m).startsWith("src/test/resources/iac/shop/terraform/main.tf:14:")
                                .endsWith("(refused by --strict)"))
                        .anySatisfy(m -> assertThat(m).startsWith("src/test/resources/iac/shop/chart: ")));
    }

    @Test
    void should_combine_several_inputs_into_one_model() {
        Model model = ModelFiles.read(List.of(SHOP.resolve("terraform"), SHOP.resolve("k8s/app.yaml")), false);

        assertThat(model.name()).isEqualTo("terraform + app.yaml");
        assertThat(names(model)).contains("aws_s3_bucket.assets", "Deployment/shop/api");
    }

    @Test
    void should_read_a_tf_file_as_its_folder() {
        Model model = ModelFiles.read(SHOP.resolve("terraform/main.tf"), false);

        assertThat(names(model)).contains("aws_s3_bucket.assets", "module.db.aws_db_instance.main");
    }

    @Test
    void should_tell_manifests_apart_from_other_yaml_by_content() {
        assertThat(ModelFiles.kindOf("apiVersion: v1\nkind: Service\nmetadata:\n  name: a\n")).isEqualTo(Kind.IAC);
        assertThat(ModelFiles.kindOf("{\"apiVersion\": \"v1\", \"kind\": \"Pod\", \"metadata\": {}}"))
                .isEqualTo(Kind.IAC);
        assertThat(ModelFiles.kindOf("apiVersion: v1\nkind: List\nitems: []\n")).isEqualTo(Kind.IAC);
        assertThat(ModelFiles.kindOf("apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n"))
                .isEqualTo(Kind.PYTM_SCRIPT);
        assertThat(ModelFiles.kindOf("tmj: 1\nname: x\n")).isEqualTo(Kind.TMJ);
    }

    @Test
    void should_give_file_line_and_column_for_a_syntax_error(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("main.tf"), "resource \"aws_s3_bucket\" \"a\" {\n  bucket = \n}\n");
        Files.writeString(dir.resolve("bad.yaml"), "apiVersion: v1\nkind: Pod\nmetadata:\n  name: [a\n");

        assertThatThrownBy(() -> ModelFiles.read(dir, false)).isInstanceOf(SourceException.class)
                .hasMessageMatching("(?s).*main\\.tf:2:12: expected an expression.*");
        Files.delete(dir.resolve("main.tf"));
        assertThatThrownBy(() -> ModelFiles.read(dir.resolve("bad.yaml"), false))
                .isInstanceOf(SourceException.class).hasMessageMatching("(?s).*bad\\.yaml:\\d+:\\d+: .*");
    }

    @Test
    void should_refuse_a_hand_written_model_among_several_inputs(@TempDir Path dir) throws IOException {
        Path tmj = Files.writeString(dir.resolve("model.yaml"), "tmj: 1\nname: x\n");

        assertThatThrownBy(() -> ModelFiles.read(List.of(SHOP.resolve("k8s"), tmj), false))
                .isInstanceOf(SourceException.class).hasMessageContaining("model.yaml")
                .hasMessageContaining("not infrastructure code");
    }

    private static List<String> names(Model model) {
        return model.elements().stream().map(Element::name).toList();
    }

    private static Element element(Model model, String name) {
        return model.elements().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void should_tell_a_terraform_plan_and_a_cloudformation_template_by_content_and_combine_them_in_one_account() {
        Path folder = Path.of("src/test/resources/iac/aws");

        Model model = ModelFiles.read(folder, false);

        assertThat(model.boundaries()).extracting(Element::name).containsOnlyOnce("AWS account");
        assertThat(element(model, "Web").location()).hasValueSatisfying(l -> {
            assertThat(l.file()).isEqualTo("src/test/resources/iac/aws/web.yaml");
            assertThat(l.line()).isEqualTo(51);
        });
        assertThat(names(model)).anyMatch(n -> n.startsWith("aws_instance.app["));
        assertThat(model.elements()).filteredOn(e -> e.name().startsWith("aws_instance.app[")).first()
                .satisfies(e -> assertThat(e.location().orElseThrow().file())
                        .isEqualTo("src/test/resources/iac/aws/shop-plan.json"));
    }

    @Test
    void should_refuse_a_file_that_is_no_infrastructure_code_naming_what_it_reads(@TempDir Path dir)
            throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.yaml"), "title: not a manifest\n");

        assertThatThrownBy(() -> ModelFiles.read(List.of(dir.resolve("a.tf").getParent(), notes), false))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("not infrastructure code tmj reads (a Terraform folder or plan, Kubernetes "
                        + "manifests, a CloudFormation template)");
    }
}
