package dev.tmj.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.iac.terraform.Resource;
import dev.tmj.iac.terraform.TerraformConfig;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticTerraformTest {

    @Test
    void should_write_a_folder_of_the_asked_number_of_resources_that_reads_without_notes(@TempDir Path dir)
            throws IOException {
        SyntheticTerraform.write(dir, 1000);

        TerraformConfig config = TerraformConfig.read(dir);

        assertThat(config.resources()).hasSize(1000);
        assertThat(config.files()).hasSize(11);
        assertThat(config.notes()).isEmpty();
        Resource instance = config.resource("aws_instance.i3_2").orElseThrow();
        assertThat(instance.references()).containsExactly("aws_security_group.g3_1", "aws_subnet.s3_0");
        assertThat(config.resources()).extracting(Resource::type).contains("aws_vpc", "aws_subnet",
                "aws_security_group", "aws_instance", "aws_s3_bucket", "aws_db_instance");
    }
}
