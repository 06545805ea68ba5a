package dev.tmj.iac.hcl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HclFileTest {
    @TempDir
    Path dir;

    @Test
    void should_read_a_file_of_utf8_with_positions_named_as_given() throws IOException {
        Path file = Files.writeString(dir.resolve("main.tf"), "name = \"é\"\n");

        Body body = Hcl.parseFile(file, "infra/main.tf");

        assertThat(body.attribute("name").orElseThrow().position().toString()).isEqualTo("infra/main.tf:1:1");
    }

    @Test
    void should_refuse_a_file_that_is_not_utf8_naming_the_line() throws IOException {
        Path file = Files.write(dir.resolve("bad.tf"), new byte[] {'a', '=', '1', '\n', 'b', '=', '"', (byte) 0xC3, '"'});

        HclException e = catchThrowableOfType(HclException.class, () -> Hcl.parseFile(file, "bad.tf"));

        assertThat(e.getMessage()).isEqualTo("bad.tf:2: the file is not valid UTF-8");
    }

    @Test
    void should_refuse_a_file_larger_than_64_mib_without_reading_it_all() throws IOException {
        Path file = dir.resolve("huge.tf");
        try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
            out.setLength(Hcl.MAX_FILE_BYTES + 1L);
        }

        HclException e = catchThrowableOfType(HclException.class, () -> Hcl.parseFile(file, "huge.tf"));

        assertThat(e.getMessage()).isEqualTo("huge.tf: the file is larger than 64 MiB");
    }

    @Test
    void should_read_identifiers_with_dashes_and_letters_of_any_script_and_numbers_with_exponents() {
        Body body = Hcl.parse("my-name_2 = 1e3\nnamé = 2.5E-2\n名前 = 0\n", "t.tf");

        assertThat(body.attributes()).extracting(Body.Attribute::name).containsExactly("my-name_2", "namé", "名前");
        assertThat(Printer.print(body.attributes().get(1).expression())).isEqualTo("0.025");
    }

    @Test
    void should_show_values_as_hcl_writes_them() {
        assertThat(Value.object("b", Value.list(java.util.List.of(Value.of(1), Value.NULL)), "a", Value.of("x\"${y}"))
                .show()).isEqualTo("{ \"a\" = \"x\\\"$${y}\", \"b\" = [1, null] }");
        assertThat(new Value.Num(new java.math.BigDecimal("1E+2000")).show()).isEqualTo("1E+2000");
        assertThat(new Value.Num(new java.math.BigDecimal("2.50")).show()).isEqualTo("2.5");
        assertThat(new Value.Num(new java.math.BigDecimal("2.50"))).isEqualTo(new Value.Num(new java.math.BigDecimal("2.5")))
                .hasSameHashCodeAs(new Value.Num(new java.math.BigDecimal("2.5")));
    }
}
