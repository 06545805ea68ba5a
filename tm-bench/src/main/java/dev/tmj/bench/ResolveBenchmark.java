package dev.tmj.bench;

import dev.tmj.model.Model;
import dev.tmj.resolve.CheckedModel;
import dev.tmj.resolve.Finding;
import dev.tmj.resolve.Findings;
import dev.tmj.resolve.ResolveOptions;
import dev.tmj.resolve.Resolver;
import dev.tmj.threat.ThreatLibrary;
import java.nio.file.Path;
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
 * Resolution of {@link SyntheticModel synthetic models} against pytm's threat library.
 * {@link #checkAndResolve} is what {@code Resolver.resolve(model, library)} costs a user (copy, check, resolve);
 * {@link #resolve} is the resolution of an already checked model alone, the part pytm's {@code resolve()}
 * timing covers; {@link #check} is the check alone, like pytm's {@code check()} timing.
 *
 * <pre>
 * java -jar tm-bench/target/benchmarks.jar ResolveBenchmark -p flows=500,5000
 * java -jar tm-bench/target/benchmarks.jar 'ResolveBenchmark.resolve$' -p flows=5000 -prof gc -jvmArgsAppend -XX:TieredStopAtLevel=1
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ResolveBenchmark {
    @Param({"500", "5000", "50000"})
    int flows;

    /** Path of the threat library; empty means {@link ThreatsFile#locate find it}. */
    @Param({""})
    String threats;

    private Model model;
    private ThreatLibrary library;
    private CheckedModel checked;

    @Setup(Level.Trial)
    public void setUp() {
        Path path = ThreatsFile.locate(threats);
        library = ThreatLibrary.fromJson(path);
        model = SyntheticModel.generate(flows);
        checked = CheckedModel.of(model);
        Findings findings = Resolver.resolve(model, library);
        System.out.printf("%n# model: %d flows, %d elements, %d data; library %s (%d threats); "
                + "%d findings, %d excluded, %d warnings%n", flows, model.elements().size(), model.data().size(),
                path, library.threats().size(), findings.size(), findings.excluded().size(),
                findings.warnings().size());
    }

    /** Copy, check and resolve: what {@code Resolver.resolve(model, library)} costs. */
    @Benchmark
    public Findings checkAndResolve() {
        return Resolver.resolve(model, library);
    }

    /** The model check alone (copy, then pytm's {@code check()}), for comparison with pytm's check() timing. */
    @Benchmark
    public CheckedModel check() {
        return CheckedModel.of(model);
    }

    /** Resolve a model checked once in setup (repeating it only rewrites the same findings and severities). */
    @Benchmark
    public Findings resolve() {
        return Resolver.resolve(checked, library, ResolveOptions.DEFAULTS);
    }

    /**
     * Resolve, then what the one-line output reads of every finding (SID, severity, target, description and
     * location): with {@code -prof gc}, the bytes that resolution and the one-line output's reads allocate.
     */
    @Benchmark
    public long resolveAndRead() {
        long chars = 0;
        for (Finding f : Resolver.resolve(checked, library, ResolveOptions.DEFAULTS).findings()) {
            chars += f.threatId().length() + f.severityText().length() + f.target().length()
                    + f.description().length() + f.location().map(l -> l.line()).orElse(0);
        }
        return chars;
    }

    /**
     * Resolve, then every finding's fingerprint (computed on first use, as {@code --json} and the reports ask for
     * it): the fingerprints cost the difference to {@link #resolve}.
     */
    @Benchmark
    public long resolveAndFingerprint() {
        long chars = 0;
        for (Finding f : Resolver.resolve(checked, library, ResolveOptions.DEFAULTS).findings()) {
            chars += f.fingerprint().length();
        }
        return chars;
    }
}
