package dev.tmj.bench;

import dev.tmj.gate.Gate;
import dev.tmj.gate.ModelCheck;
import dev.tmj.history.HistoryLocation;
import dev.tmj.history.HistoryStore;
import dev.tmj.history.RunRecord;
import dev.tmj.history.RunSource;
import dev.tmj.model.Model;
import dev.tmj.resolve.Findings;
import dev.tmj.resolve.Resolver;
import dev.tmj.threat.ThreatLibrary;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Recording one run of a {@link SyntheticModel} (5,000 flows: about 74,000 findings with pytm's library) into an
 * SQLite history, as {@code tmj check --history FILE} does after the gate: the model's pytm JSON compressed, one
 * row per finding, all in one transaction. Each call appends one more run to the same file, as a CI history grows.
 *
 * <pre>
 * java -jar tm-bench/target/benchmarks.jar HistoryBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class HistoryBenchmark {
    @Param({"5000"})
    int flows;

    /** Path of the threat library; empty means {@link ThreatsFile#locate find it}. */
    @Param({""})
    String threats;

    private Path folder;
    private HistoryStore store;
    private RunRecord run;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        ThreatLibrary library = ThreatLibrary.fromJson(ThreatsFile.locate(threats));
        Model model = SyntheticModel.generate(flows);
        Findings findings = Resolver.resolve(model, library);
        StringWriter json = new StringWriter();
        PytmJsonInputWriter.write(model, json);
        ModelCheck check = ModelCheck.of("models/synthetic.json", findings, Gate.DEFAULT, Optional.empty(),
                location -> Optional.empty());
        run = RunRecord.of(check, json.toString().getBytes(StandardCharsets.UTF_8), Instant.now(),
                new RunSource("0123456789abcdef0123456789abcdef01234567", "main", "Bench <bench@example.com>",
                        "bench"));
        folder = Files.createTempDirectory("tmj-history-bench");
        store = HistoryStore.open(HistoryLocation.sqlite(folder.resolve("history.db")), Map.of());
        System.out.printf("%n# model: %d flows, %d findings, model file %d bytes%n", flows, findings.size(),
                json.getBuffer().length());
    }

    @Benchmark
    public long record() {
        return store.record(run);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        TempFolders.delete(folder);
    }
}
