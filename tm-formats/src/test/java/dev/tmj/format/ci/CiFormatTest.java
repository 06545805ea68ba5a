package dev.tmj.format.ci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tmj.gate.Gate;
import org.junit.jupiter.api.Test;

class CiFormatTest {

    @Test
    void should_find_each_writer_by_its_kind_name_in_any_case() {
        assertThat(CiFormat.of("sarif").renderer()).isInstanceOf(SarifWriter.class);
        assertThat(CiFormat.of("JUnit").renderer()).isInstanceOf(JunitXmlWriter.class);
        assertThat(CiFormat.of(" gitlab-codequality ").renderer()).isInstanceOf(CodeQualityWriter.class);
        assertThat(CiFormat.of("summary").renderer()).isInstanceOf(MarkdownSummary.class);
        assertThat(CiFormat.find("html")).isEmpty();
    }

    @Test
    void should_refuse_an_unknown_kind_listing_the_known_ones() {
        assertThatThrownBy(() -> CiFormat.of("codeclimate")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown CI output 'codeclimate': expected one of sarif, junit, gitlab-codequality, summary");
    }

    @Test
    void should_write_what_the_writer_of_its_kind_writes() {
        var result = CiFixtures.shop(Gate.DEFAULT);
        assertThat(CiFormat.SARIF.renderer().renderText(result)).isEqualTo(SarifWriter.standard().renderText(result));
        assertThat(CiFormat.GITLAB_CODEQUALITY.renderer().renderText(result))
                .isEqualTo(new CodeQualityWriter().renderText(result));
        assertThat(CiFormat.GITLAB_CODEQUALITY.defaultFileName()).isEqualTo("gl-code-quality-report.json");
    }
}
