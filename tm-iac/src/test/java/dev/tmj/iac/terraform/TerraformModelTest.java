package dev.tmj.iac.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.iac.IacFacts;
import dev.tmj.model.Element;
import dev.tmj.model.Model;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TerraformModelTest {
    @TempDir
    Path dir;

    private Element element(Model model, String name) {
        return model.elements().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in " + model.elements()));
    }

    @Test
    void should_keep_a_resource_of_an_unknown_type_as_a_generic_element_at_its_block() throws IOException {
        Files.writeString(dir.resolve("main.tf"), """
                provider "aws" {
                  region = "eu-west-1"
                }

                resource "aws_quantum_thing" "q" {
                  count = 2
                }
                """);
        Model model = Model.named("infra");

        TerraformModel.addTo(model, TerraformConfig.read(dir));

        Element second = element(model, "aws_quantum_thing.q[1]");
        assertThat(second.location()).hasValueSatisfying(at -> {
            assertThat(at.file()).endsWith("main.tf");
            assertThat(at.line()).isEqualTo(5);
        });
        assertThat(second.get("description")).asString().contains("aws_quantum_thing", "does not model");
        assertThat(IacFacts.get(second, IacFacts.TYPE)).isEqualTo("aws_quantum_thing");
        assertThat(IacFacts.get(second, IacFacts.ADMIN_PORT)).isEmpty();
        Element account = second.inBoundary().orElseThrow();
        assertThat(account.name()).isEqualTo("AWS account");
        assertThat(account.location().orElseThrow().line()).isEqualTo(1);
    }
}
