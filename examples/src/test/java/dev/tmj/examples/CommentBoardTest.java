package dev.tmj.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.resolve.Findings;
import dev.tmj.threat.ThreatLibrary;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CommentBoardTest {

    @Test
    void should_print_each_finding_with_its_stride_category_and_the_excluded_ones() {
        Findings findings = CommentBoard.model().resolve(ThreatLibrary.builtIn());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        CommentBoard.print(findings, new PrintStream(bytes, true, StandardCharsets.UTF_8));

        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).startsWith("Comment board: " + findings.size() + " findings, 1 excluded by assumptions "
                + "(threat library: tmj built-in)");
        assertThat(out.lines().filter(l -> l.matches("[A-Z]+\\d+ .*"))).hasSize(findings.size());
        assertThat(out).contains("INP02  Very High  Web server").contains("[mitigated: bounds checked by the runtime]")
                .contains("excluded: INP16 on Web server, assumed: No server-side includes are enabled");
    }
}
