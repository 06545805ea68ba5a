package dev.tmj.bench;

import dev.tmj.format.json.PytmJsonWriter;
import dev.tmj.resolve.Findings;
import dev.tmj.resolve.Resolver;
import dev.tmj.threat.ThreatLibrary;
import java.io.IOException;
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
 * Writing pytm's {@code --json} of a {@link SyntheticModel} resolved against pytm's threat library: the writer's
 * own cost (elements, data, findings; the helper threads included), to a stream that only counts bytes, so without
 * the disk and without replacing a previous file (docs/performance.md, "The pytm --json writer").
 *
 * <pre>
 * java -jar tm-bench/target/benchmarks.jar PytmJsonBenchmark -p flows=50000
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PytmJsonBenchmark {
    @Param({"5000"})
    int flows;

    /** Path of the threat library; empty means {@link ThreatsFile#locate find it}. */
    @Param({""})
    String threats;

    private Findings findings;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        ThreatLibrary library = ThreatLibrary.fromJson(ThreatsFile.locate(threats));
        findings = Resolver.resolve(SyntheticModel.generate(flows), library);
        System.out.printf("%n# model: %d flows, %d findings, pytm JSON %d bytes%n", flows, findings.size(), write());
    }

    /** The whole document, as {@code tmj MODEL --json FILE} writes it. */
    @Benchmark
    public long write() throws IOException {
        CountingStream out = new CountingStream();
        new PytmJsonWriter().writeTo(findings, out);
        return out.count;
    }
}
