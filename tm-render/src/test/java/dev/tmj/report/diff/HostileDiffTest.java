package dev.tmj.report.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.diff.ModelDiff;
import org.junit.jupiter.api.Test;

/** Names from a model reach every diff output escaped for it. */
class HostileDiffTest {
    private static final String OLD = """
            from pytm import TM, Server, Datastore, Dataflow
            tm = TM("m")
            web = Server("Web")
            db = Datastore("DB")
            Dataflow(web, db, "q")
            """;
    private static final String NEW = """
            from pytm import TM, Server, Datastore, Dataflow, Boundary
            tm = TM("m | [x](http://evil) <b>")
            web = Server("Web")
            web.OS = "::error file=a.py::x\\n##vso[task.complete]\\x1b[31m"
            evil = Server("Evil\\n::error file=x.py,line=1::pwned\\x1b]0;t\\x07 | <img src=x> [l](http://e) `c` *b*")
            db = Datastore("DB")
            Dataflow(web, db, "q")
            Dataflow(evil, db, "<script>|\\r\\n| --- |")
            """;

    private static ModelDiff diff() {
        return ModelDiff.between(DiffModels.script("old.py", OLD), DiffModels.script("new.py", NEW));
    }

    @Test
    void should_escape_hostile_names_in_every_text_line() {
        String text = new DiffText().renderText(diff());

        assertThat(text).doesNotContain("\u001b", "\u0007", "\r").contains("Evil\\n::error file=x.py,line=1::pwned");
        assertThat(text.lines()).allSatisfy(line -> assertThat(line).doesNotStartWith("::")
                .doesNotStartWith("##"));
        assertThat(text).contains("changed  Server:Web: OS \"\" -> \"::error file=a.py::x\\n##vso[task.complete]\\e[31m\"");
    }

    @Test
    void should_escape_hostile_names_in_markdown_tables_without_links_html_or_broken_rows() {
        String md = new DiffMarkdown().renderText(diff());

        assertThat(md).doesNotContain("<script>", "<img", "<b>", "\u001b", "\r")
                .doesNotContainPattern("(?<!\\\\)\\]\\(")
                .contains("&lt;img src=x&gt;", "\\[l\\](http://e)", "\\`c\\`", "\\*b\\*");
        // Every table row has exactly its cells: no name adds or ends a cell or a row.
        md.lines().filter(line -> line.startsWith("| added") || line.startsWith("| changed")
                || line.startsWith("| new")).forEach(line -> assertThat(line.replace("\\|", "").chars()
                        .filter(c -> c == '|').count()).as(line).isIn(7L, 8L));
    }
}
