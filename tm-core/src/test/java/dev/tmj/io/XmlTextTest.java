package dev.tmj.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlTextTest {
    @Test
    void should_escape_a_cdata_end_in_text_and_attributes() {
        assertThat(XmlText.escapeCdataEnds("<t a=\"x]]>y\">a]]>b ]]]]> ]]></t>"))
                .isEqualTo("<t a=\"x]]&gt;y\">a]]&gt;b ]]]]&gt; ]]&gt;</t>");
    }

    @Test
    void should_keep_cdata_sections_comments_and_processing_instructions() {
        String xml = "<?plantuml 1 ]]>?><t><![CDATA[a < b]]><!-- ]]> --></t>";
        assertThat(XmlText.escapeCdataEnds(xml)).isEqualTo(xml);
        assertThat(XmlText.escapeCdataEnds("<t><![CDATA[x]]>]]></t>")).isEqualTo("<t><![CDATA[x]]>]]&gt;</t>");
    }

    @Test
    void should_return_text_without_a_cdata_end_unchanged() {
        String xml = "<t>a ] b ]] c > d</t>";
        assertThat(XmlText.escapeCdataEnds(xml)).isSameAs(xml);
    }
}
