package dev.tmj.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tmj.format.json.ReadLimits;
import dev.tmj.model.Model;
import dev.tmj.model.SourceException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Every model file is read the same way: bounded, strict UTF-8 with a position, a BOM skipped. */
class ModelTextTest {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path dir;

    private Path file(String name, byte[] prefix, String text) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(prefix);
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    @Test
    void should_read_tmj_json_with_a_byte_order_mark_as_json() throws IOException {
        Model model = ModelFiles.read(file("m.json", BOM, "{\"tmj\": 1, \"name\": \"Shop\"}"));
        assertThat(model.name()).isEqualTo("Shop");
    }

    @Test
    void should_read_pytm_json_with_a_byte_order_mark_as_pytm_json() throws IOException {
        Model model = ModelFiles.read(file("m.json", BOM, "{\"name\": \"Shop\", \"elements\": [{\"__class__\":"
                + " \"Server\", \"name\": \"Web\"}]}"));
        assertThat(model.name()).isEqualTo("Shop");
        assertThat(model.elements()).extracting(e -> e.name()).containsExactly("Web");
    }

    @Test
    void should_read_yaml_with_a_byte_order_mark_as_yaml() throws IOException {
        Model model = ModelFiles.read(file("m.yaml", BOM, "tmj: 1\nname: Shop\n"));
        assertThat(model.name()).isEqualTo("Shop");
    }

    @Test
    void should_read_a_pytm_script_with_a_byte_order_mark() throws IOException {
        Model model = ModelFiles.read(file("tm.py", BOM, "from pytm import TM, Server\ntm = TM(\"Shop\")\n"
                + "web = Server(\"Web\")\ntm.process()\n"));
        assertThat(model.name()).isEqualTo("Shop");
        assertThat(model.elements().get(0).location()).hasValueSatisfying(l -> assertThat(l.toString())
                .endsWith("tm.py:3:7"));
    }

    @Test
    void should_tell_the_kind_of_a_text_after_a_byte_order_mark() {
        assertThat(ModelFiles.kindOf("\uFEFF{\"tmj\": 1}")).isEqualTo(ModelFiles.Kind.TMJ);
        assertThat(ModelFiles.kindOf("\uFEFF{\"name\": \"x\"}")).isEqualTo(ModelFiles.Kind.PYTM_JSON);
        assertThat(ModelFiles.kindOf("\uFEFFtmj: 1\n")).isEqualTo(ModelFiles.Kind.TMJ);
    }

    @Test
    void should_name_the_line_column_and_byte_offset_of_invalid_utf8() throws IOException {
        Path file = file("m.yaml", new byte[0], "tmj: 1\nname: \"\u00e9");
        Files.write(file, new byte[] {(byte) 0xFF, '"', '\n'}, java.nio.file.StandardOpenOption.APPEND);
        assertThatThrownBy(() -> ModelFiles.read(file)).isInstanceOfSatisfying(SourceException.class, e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.column()).isEqualTo(9);
            assertThat(e.getMessage()).endsWith("m.yaml:2:9: invalid UTF-8 at byte offset 16 (byte 0xFF); a model"
                    + " file must be UTF-8 text");
        });
    }

    @Test
    void should_name_the_position_of_invalid_utf8_in_a_script() throws IOException {
        Path file = file("tm.py", new byte[0], "from pytm import TM\n# ");
        Files.write(file, new byte[] {(byte) 0xC3, '(', '\n'}, java.nio.file.StandardOpenOption.APPEND);
        assertThatThrownBy(() -> ModelFiles.read(file)).isInstanceOfSatisfying(SourceException.class, e ->
                assertThat(e.getMessage()).endsWith("tm.py:2:3: invalid UTF-8 at byte offset 22 (byte 0xC3); a model"
                        + " file must be UTF-8 text"));
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void should_refuse_a_model_file_over_the_size_limit_before_reading_it() throws IOException {
        Path file = dir.resolve("big.json");
        try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap(new byte[] {'{'}), ReadLimits.MAX_FILE_BYTES);
        }
        assertThatThrownBy(() -> ModelFiles.read(file)).isInstanceOf(SourceException.class)
                .hasMessageEndingWith("big.json: " + ReadLimits.fileTooLarge());
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void should_refuse_an_endless_model_file_such_as_dev_zero() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("m.yaml"), Path.of("/dev/zero"));
        assertThatThrownBy(() -> ModelFiles.read(link)).isInstanceOf(SourceException.class)
                .hasMessageEndingWith("m.yaml: " + ReadLimits.fileTooLarge());
    }

    @Test
    void should_read_ascii_and_utf8_text_alike() {
        assertThat(ModelText.of("{\"name\": \"plain\"}\n".getBytes(StandardCharsets.UTF_8), "m.json"))
                .isEqualTo("{\"name\": \"plain\"}\n");
        assertThat(ModelText.of("{\"name\": \"Straße\"}".getBytes(StandardCharsets.UTF_8), "m.json"))
                .isEqualTo("{\"name\": \"Straße\"}");
        assertThat(ModelText.of("\uFEFF{}".getBytes(StandardCharsets.UTF_8), "m.json")).isEqualTo("{}");
    }

    @Test
    void should_read_every_ascii_character_as_itself() {
        byte[] ascii = new byte[128];
        for (int b = 0; b < ascii.length; b++) {
            ascii[b] = (byte) b;
        }

        String text = ModelText.of(ascii, "m.json");

        assertThat(text).isEqualTo(new String(ascii, StandardCharsets.UTF_8)).hasSize(128);
    }
}
