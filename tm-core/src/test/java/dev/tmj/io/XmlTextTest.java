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

    @Test
    void should_escape_markup_in_element_content_and_keep_line_breaks_and_quotes() {
        assertThat(XmlText.text("<script>a & b]]>\"'\n\tc\rd</script>"))
                .isEqualTo("&lt;script&gt;a &amp; b]]&gt;\"'\n\tc&#13;d&lt;/script&gt;");
    }

    @Test
    void should_escape_quotes_and_white_space_in_attributes_so_normalisation_keeps_them() {
        assertThat(XmlText.attribute("a\"b'c\td\ne\rf<&>"))
                .isEqualTo("a&quot;b&apos;c&#9;d&#10;e&#13;f&lt;&amp;&gt;");
    }

    @Test
    void should_replace_characters_xml_cannot_hold_and_keep_surrogate_pairs() {
        String forbidden = "a\u0000b\u0007c\u001bd\uFFFEe\uFFFFf\uD800g\uDC00h";
        assertThat(XmlText.text(forbidden)).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFDg\uFFFDh");
        assertThat(XmlText.attribute("x\uD800")).isEqualTo("x\uFFFD");
        assertThat(XmlText.text("\uD83D\uDE00 \u007f \u0085 é")).isEqualTo("\uD83D\uDE00 \u007f \u0085 é");
    }

    @Test
    void should_return_text_that_needs_no_escape_unchanged() {
        String plain = "Web server (HTTPS) \uD83D\uDE00";
        assertThat(XmlText.text(plain)).isSameAs(plain);
        assertThat(XmlText.attribute(plain)).isSameAs(plain);
    }
}
