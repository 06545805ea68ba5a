package dev.tmj.iac.hcl;

import static dev.tmj.iac.hcl.HclTesting.error;
import static dev.tmj.iac.hcl.HclTesting.expr;
import static dev.tmj.iac.hcl.HclTesting.printed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.iac.hcl.Expression.Template;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateParserTest {

    private static List<Template.Part> parts(String text) {
        return ((Template) expr(text)).parts();
    }

    @Test
    void should_replace_every_escape() {
        assertThat(parts("\"a\\nb\\tc\\r\\\"q\\\" \\\\ \\u00e9 \\U0001F600\""))
                .containsExactly(new Template.Text("a\nb\tc\r\"q\" \\ \u00e9 \uD83D\uDE00"));
        assertThat(parts("\"$${x} %%{y} $ % 100%\"")).containsExactly(new Template.Text("${x} %{y} $ % 100%"));
        assertThat(parts("\"\"")).isEmpty();
    }

    @Test
    void should_read_interpolations_between_text() {
        assertThat(printed("\"${var.a}-${local.b.c}x\"")).isEqualTo("\"${var.a}-${local.b.c}x\"");
        assertThat(parts("\"${ a }\"")).singleElement().isInstanceOf(Template.Interpolation.class);
        assertThat(printed("\"${\"inner ${x}\"}\"")).isEqualTo("\"${\"inner ${x}\"}\"");
    }

    @Test
    void should_read_if_and_for_directives_nested() {
        assertThat(printed("\"%{ if a }yes%{ else }no%{ endif }\"")).isEqualTo("\"%{ if a }yes%{ else }no%{ endif }\"");
        assertThat(printed("\"%{ for k, v in m }${k}=%{ if v }on%{ endif };%{ endfor }\""))
                .isEqualTo("\"%{ for k, v in m }${k}=%{ if v }on%{ endif };%{ endfor }\"");
    }

    @Test
    void should_strip_blanks_at_tilde_markers() {
        assertThat(parts("\"a  ${~ x ~}  b\"")).hasSize(3);
        assertThat(printed("\"a \\n ${~ x ~} \\t b ${y}  \"")).isEqualTo("\"a${x}b ${y}  \"");
        assertThat(printed("<<EOF\n%{ for x in xs ~}\n${x}\n%{ endfor ~}\nEOF")).isEqualTo("\"%{ for x in xs }${x}\\n%{ endfor }\"");
    }

    @Test
    void should_read_a_heredoc_as_it_is_written() {
        Template heredoc = (Template) expr("<<EOF\n  line ${1}\n    two\nEOF\n");
        assertThat(heredoc.heredoc()).isTrue();
        assertThat(Printer.parts(heredoc.parts())).isEqualTo("  line ${1}\\n    two\\n");
        assertThat(printed("<<EOT\n\\n is not an escape\nEOT")).isEqualTo("\"\\\\n is not an escape\\n\"");
        assertThat(printed("<<EOF\nEOF")).isEqualTo("\"\"");
    }

    @Test
    void should_strip_the_common_indentation_of_a_flush_heredoc() {
        assertThat(printed("<<-EOF\n    a\n      b ${x}\n\n    c\n    EOF\n")).isEqualTo("\"a\\n  b ${x}\\n\\nc\\n\"");
        assertThat(printed("<<-EOF\n  a\n${x}\n  EOF\n")).isEqualTo("\"  a\\n${x}\\n\"");
    }

    @Test
    void should_end_a_heredoc_only_at_a_line_holding_just_its_marker() {
        assertThat(printed("<<EOF\nEOF2\n EOF x\n  EOF  \n")).isEqualTo("\"EOF2\\n EOF x\\n\"");
    }

    @Test
    void should_report_template_errors_where_they_are() {
        assertThat(error("x = \"abc\n")).isEqualTo(
                "t.tf:1:5: unterminated string: '\"' expected before the end of the line (only a heredoc spans lines)");
        assertThat(error("x = \"abc")).isEqualTo("t.tf:1:5: unterminated string: '\"' expected");
        assertThat(error("x = \"a\\qb\"\n"))
                .isEqualTo("t.tf:1:7: invalid escape; expected \\n, \\r, \\t, \\\", \\\\, \\uNNNN or \\UNNNNNNNN");
        assertThat(error("x = \"\\u12\"\n")).isEqualTo("t.tf:1:6: expected 4 hexadecimal digits after \\u");
        assertThat(error("x = \"${a b}\"\n")).isEqualTo("t.tf:1:10: expected \"}\" to end the interpolation, found \"b\"");
        assertThat(error("x = \"%{ if a }x\"\n")).isEqualTo("t.tf:1:6: expected %{ endif } to close this %{ if }");
        assertThat(error("x = \"%{ endfor }\"\n")).isEqualTo("t.tf:1:6: %{ endfor } without a matching %{ for }");
        assertThat(error("x = \"%{ while }\"\n"))
                .isEqualTo("t.tf:1:9: expected \"if\", \"else\", \"endif\", \"for\" or \"endfor\" in the template directive, found \"while\"");
        assertThat(error("x = <<EOF\nabc\n")).isEqualTo("t.tf:1:5: unterminated heredoc: expected a line holding only EOF");
        assertThat(error("x = <<EOF abc\nEOF\n")).isEqualTo("t.tf:1:10: expected a new line after the heredoc marker <<EOF");
    }
}
