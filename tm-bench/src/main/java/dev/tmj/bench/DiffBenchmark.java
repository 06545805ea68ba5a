package dev.tmj.bench;

import dev.tmj.diff.ModelDiff;
import dev.tmj.pipeline.Pipeline;
import dev.tmj.pipeline.Resolution;
import dev.tmj.threat.ThreatLibrary;
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
 * {@code tmj diff} in process: {@link #diff} compares two resolved {@link SyntheticModel synthetic models} (the
 * model and {@link SyntheticModel#edited its edit}), the part {@code ModelDiff.between} adds to two resolutions;
 * {@link #resolveBothAndDiff} makes both models (in memory) and resolves them too: {@code tmj diff} less the
 * reading of its two files.
 *
 * <pre>
 * java -jar tm-bench/target/benchmarks.jar DiffBenchmark -p flows=5000
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class DiffBenchmark {
    @Param({"500", "5000"})
    int flows;

    private ThreatLibrary library;
    private Resolution before;
    private Resolution after;

    @Setup(Level.Trial)
    public void setUp() {
        library = ThreatLibrary.builtIn();
        before = Pipeline.of(SyntheticModel.generate(flows)).threats(library).run();
        after = Pipeline.of(SyntheticModel.edited(flows)).threats(library).run();
        System.out.printf("%n# %d flows: %s%n", flows, ModelDiff.between(before, after));
    }

    /** The comparison of two resolved versions (elements by identity, attributes, findings by fingerprint). */
    @Benchmark
    public ModelDiff diff() {
        return ModelDiff.between(before, after);
    }

    /** Both resolutions and the comparison: {@code tmj diff} after reading its two files. */
    @Benchmark
    public ModelDiff resolveBothAndDiff() {
        Resolution old = Pipeline.of(SyntheticModel.generate(flows)).threats(library).run();
        Resolution now = Pipeline.of(SyntheticModel.edited(flows)).threats(library).run();
        return ModelDiff.between(old, now);
    }
}
