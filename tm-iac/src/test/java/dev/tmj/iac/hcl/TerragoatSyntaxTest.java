package dev.tmj.iac.hcl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.iac.SharedIac;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every {@code .tf} file of terragoat (../shared/iac, skipped when absent) parses without an error. */
class TerragoatSyntaxTest {

    @Test
    void should_parse_every_terragoat_file_without_an_error() throws IOException {
        Path terragoat = SharedIac.folder("terragoat/terraform");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(terragoat)) {
            files = walk.filter(p -> p.toString().endsWith(".tf")).sorted().toList();
        }
        List<String> failures = new ArrayList<>();
        int blocks = 0;
        for (Path file : files) {
            try {
                blocks += Hcl.parseFile(file, terragoat.relativize(file).toString()).blocks().size();
            } catch (HclException e) {
                e.errors().forEach(error -> failures.add(error.getMessage()));
            }
        }
        assertThat(failures).isEmpty();
        assertThat(files).hasSizeGreaterThan(30);
        // top-level blocks of snapshot 729f8da, counted independently by brace depth
        assertThat(blocks).isEqualTo(170);
    }
}
