package dev.tmj.iac.hcl;

import static dev.tmj.iac.hcl.HclTesting.error;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.tmj.model.SourcePosition;
import org.junit.jupiter.api.Test;

class BodyParserTest {

    @Test
    void should_read_attributes_and_blocks_with_quoted_and_bare_labels_and_their_positions() {
        Body body = Hcl.parse("""
                region = "eu-west-1"

                resource aws_vpc "eks_vpc" {
                  cidr_block = "10.0.0.0/16"
                  tags {
                    Name = "x"
                  }
                }
                """, "main.tf");

        assertThat(body.attribute("region").orElseThrow().position()).isEqualTo(SourcePosition.of("main.tf", 1, 1));
        Body.Block vpc = body.blocks().get(0);
        assertThat(vpc.type()).isEqualTo("resource");
        assertThat(vpc.labels()).containsExactly("aws_vpc", "eks_vpc");
        assertThat(vpc.position()).isEqualTo(SourcePosition.of("main.tf", 3, 1));
        assertThat(vpc.body().attribute("cidr_block").orElseThrow().position().line()).isEqualTo(4);
        assertThat(vpc.body().attribute("cidr_block").orElseThrow().expression().position())
                .isEqualTo(SourcePosition.of("main.tf", 4, 16));
        assertThat(vpc.body().blocks("tags")).singleElement()
                .satisfies(tags -> assertThat(tags.position()).isEqualTo(SourcePosition.of("main.tf", 5, 3)));
    }

    @Test
    void should_read_one_line_blocks_empty_or_with_one_attribute() {
        Body body = Hcl.parse("data \"aws_caller_identity\" \"current\" {}\nlifecycle { prevent_destroy = true }\n",
                "t.tf");

        assertThat(body.blocks()).extracting(Body.Block::type).containsExactly("data", "lifecycle");
        assertThat(body.blocks().get(0).body().attributes()).isEmpty();
        assertThat(body.blocks().get(1).body().attribute("prevent_destroy")).isPresent();
    }

    @Test
    void should_skip_all_three_kinds_of_comment() {
        Body body = Hcl.parse("# hash\n// slashes\na = /* inline */ 1 # after\n/* multi\nline */\nb = 2 // end", "t.tf");

        assertThat(body.attributes()).extracting(Body.Attribute::name).containsExactly("a", "b");
        assertThat(body.attribute("b").orElseThrow().position().line()).isEqualTo(6);
    }

    @Test
    void should_accept_windows_line_ends_and_a_last_line_without_newline() {
        Body body = Hcl.parse("a = 1\r\nb {\r\n  c = 2\r\n}", "t.tf");

        assertThat(body.attributes()).hasSize(1);
        assertThat(body.blocks().get(0).body().attribute("c").orElseThrow().position())
                .isEqualTo(SourcePosition.of("t.tf", 3, 3));
    }

    @Test
    void should_report_a_missing_equals_or_brace_with_what_was_expected() {
        assertThat(error("a 1\n")).isEqualTo("t.tf:1:3: expected \"=\", a block label or \"{\" after a, found number 1");
        assertThat(error("resource \"x\" \"y\" = 1\n")).isEqualTo("t.tf:1:18: expected a block label or \"{\", found \"=\"");
        assertThat(error("= 1\n")).isEqualTo("t.tf:1:1: expected an attribute name or a block type, found \"=\"");
    }

    @Test
    void should_report_an_unclosed_block_at_its_brace() {
        assertThat(error("b {\n  a = 1\n")).isEqualTo("t.tf:1:3: expected \"}\" to close this block, found the end of the file");
    }

    @Test
    void should_report_a_second_attribute_on_the_line() {
        assertThat(error("a = 1 b = 2\n")).isEqualTo("t.tf:1:7: expected a new line after the attribute a, found \"b\"");
        assertThat(error("b { a = 1\n c = 2 }\n"))
                .isEqualTo("t.tf:1:10: expected \"}\" (a one-line block holds at most one attribute), found end of line");
    }

    @Test
    void should_report_an_attribute_set_twice() {
        assertThat(error("a = 1\na = 2\n")).isEqualTo("t.tf:2:1: the attribute a is already set at line 1");
    }

    @Test
    void should_report_a_label_with_an_interpolation() {
        assertThat(error("resource \"${x}\" \"y\" {}\n"))
                .isEqualTo("t.tf:1:10: a block label must be a literal string, without ${ } or %{ }");
    }

    @Test
    void should_collect_errors_of_several_top_level_blocks_and_go_on() {
        HclException e = catchThrowableOfType(HclException.class, () -> Hcl.parse("""
                a = = 1
                resource "x" "y" {
                  b = 2 +
                }
                ok = 1
                c = [
                """, "t.tf"));

        assertThat(e.errors()).extracting(Throwable::getMessage).containsExactly(
                "t.tf:1:5: expected an expression, found \"=\"",
                "t.tf:3:10: expected an expression, found end of line",
                "t.tf:7:1: expected an expression, found end of file");
    }

    @Test
    void should_stop_after_twenty_errors() {
        HclException e = catchThrowableOfType(HclException.class, () -> Hcl.parse("a = =\n".repeat(30), "t.tf"));

        assertThat(e.errors()).hasSize(20);
        assertThat(e.stoppedEarly()).isTrue();
    }

    @Test
    void should_refuse_a_byte_order_mark_and_an_unknown_character() {
        assertThat(error("\uFEFFa = 1")).startsWith("t.tf:1:1: a byte order mark is not allowed in HCL");
        assertThat(error("a = 1 @ 2")).isEqualTo("t.tf:1:7: unexpected character '@'");
        assertThat(error("a = \u0001")).isEqualTo("t.tf:1:5: unexpected character U+0001");
    }

    @Test
    void should_refuse_nesting_deeper_than_one_hundred_levels() {
        assertThat(error("a = " + "[".repeat(150) + "]".repeat(150) + "\n"))
                .isEqualTo("t.tf:1:105: nesting deeper than 100 levels");
        assertThat(error("b {\n".repeat(120) + "}\n".repeat(120))).isEqualTo("t.tf:101:1: nesting deeper than 100 levels");
        assertThat(Hcl.parse("a = " + "[".repeat(90) + "]".repeat(90) + "\n", "t.tf").attributes()).hasSize(1);
    }
}
