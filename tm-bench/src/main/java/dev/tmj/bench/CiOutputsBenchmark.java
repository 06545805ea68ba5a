package dev.tmj.bench;

import dev.tmj.format.ci.CiFormat;
import dev.tmj.gate.CheckResult;
import dev.tmj.gate.Gate;
import dev.tmj.gate.ModelCheck;
import dev.tmj.model.Model;
import dev.tmj.output.Renderer;
import dev.tmj.resolve.Findings;
import dev.tmj.resolve.Resolver;
import dev.tmj.threat.ThreatLibrary;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Writing the CI outputs (SARIF, JUnit XML, GitLab Code Quality, the Markdown summary) of a {@link SyntheticModel}
 * resolved against pytm's threat library and put through the default gate, once each and all four together: the
 * output part of {@code tmj check --sarif --junit --gitlab-codequality --summary}. The outputs go to a stream that
 * only counts bytes, so the figures are the writers' own, without the disk.
 *
 * <pre>
 * java -jar tm-bench/target/benchmarks.jar CiOutputsBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CiOutputsBenchmark {
    @Param({"5000"})
    int flows;

    /** Path of the threat library; empty means {@link ThreatsFile#locate find it}. */
    @Param({""})
    String threats;

    private CheckResult result;

    @Setup(Level.Trial)
    public void setUp() {
        ThreatLibrary library = ThreatLibrary.fromJson(ThreatsFile.locate(threats));
        Model model = SyntheticModel.generate(flows);
        Findings findings = Resolver.resolve(model, library);
        result = new CheckResult(Gate.DEFAULT, List.of(ModelCheck.of("models/synthetic.json", findings, Gate.DEFAULT,
                Optional.empty(), location -> Optional.empty())));
        System.out.printf("%n# model: %d flows, %d findings, %d failing the gate; bytes: sarif %d, junit %d,"
                + " gitlab-codequality %d, summary %d%n", flows, findings.size(), result.failing().size(),
                write(CiFormat.SARIF), write(CiFormat.JUNIT), write(CiFormat.GITLAB_CODEQUALITY),
                write(CiFormat.SUMMARY));
    }

    @Benchmark
    public long sarif() throws IOException {
        return write(CiFormat.SARIF);
    }

    @Benchmark
    public long junit() throws IOException {
        return write(CiFormat.JUNIT);
    }

    @Benchmark
    public long codeQuality() throws IOException {
        return write(CiFormat.GITLAB_CODEQUALITY);
    }

    @Benchmark
    public long summary() throws IOException {
        return write(CiFormat.SUMMARY);
    }

    /** All four, as {@code tmj check} writes them. */
    @Benchmark
    public long allFour() throws IOException {
        long bytes = 0;
        for (CiFormat format : CiFormat.values()) {
            bytes += write(format);
        }
        return bytes;
    }

    private long write(CiFormat format) {
        Renderer<CheckResult> renderer = format.renderer();
        CountingStream out = new CountingStream();
        try {
            renderer.writeTo(result, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.count;
    }
}
