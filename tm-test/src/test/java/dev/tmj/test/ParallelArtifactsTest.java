package dev.tmj.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.tmj.test.fixtures.ParallelFixtures;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.xml.sax.InputSource;

/** Threat model test classes run in parallel each write their own, complete diagrams. */
class ParallelArtifactsTest {
    @TempDir
    Path out;

    @Test
    @Timeout(300)
    void should_write_each_parallel_test_classs_own_diagram() throws Exception {
        EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(ParallelFixtures.One.class), selectClass(ParallelFixtures.Two.class),
                        selectClass(ParallelFixtures.Three.class), selectClass(ParallelFixtures.Four.class))
                .configurationParameter("tmj.output.dir", out.toString())
                .configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
                .configurationParameter("junit.jupiter.execution.parallel.mode.classes.default", "concurrent")
                .configurationParameter("junit.jupiter.execution.parallel.config.strategy", "fixed")
                .configurationParameter("junit.jupiter.execution.parallel.config.fixed.parallelism", "4")
                .execute().testEvents().assertStatistics(s -> s.started(4).succeeded(4));

        for (int n = 1; n <= 4; n++) {
            String svg = Files.readString(out.resolve("Parallel-" + n).resolve("dfd.svg"));
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            String text = factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)))
                    .getDocumentElement().getTextContent();
            assertThat(text).as("dfd.svg of model %d", n).contains("Web server " + n, "Store " + n, "Zone " + n);
            for (int other : List.of(1, 2, 3, 4)) {
                if (other != n) {
                    assertThat(text).doesNotContain("Web server " + other);
                }
            }
            assertThat(Files.readString(out.resolve("Parallel-" + n).resolve("report.html")))
                    .contains("Web server " + n).doesNotContain("could not be");
        }
    }
}
