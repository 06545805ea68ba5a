package dev.tmj.bench;

import dev.tmj.format.ModelFiles;
import dev.tmj.model.Model;
import dev.tmj.resolve.CheckedModel;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The front of the pipeline before resolution: a {@link SyntheticModel synthetic model} in pytm's JSON input format
 * read as {@code tmj model.json} reads it (kind detected, text decoded, parsed into a located tree, bound), from
 * bytes ({@link #read}) or from a file ({@link #readFile}: the file read too), and that model then checked
 * ({@link #check}: {@link CheckedModel#of}, copy and check; {@link #readAndCheck}: both). {@link ResolveBenchmark}
 * covers what follows. {@code -prof gc} gives the bytes each allocates ({@code gc.alloc.rate.norm}), the figure
 * docs/performance.md compares.
 *
 * <pre>
 * java -jar tm-bench/target/benchmarks.jar ReadBenchmark -p flows=5000 -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ReadBenchmark {
    @Param({"5000", "50000"})
    int flows;

    private byte[] json;
    private Path file;
    private Model model;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        StringWriter text = new StringWriter();
        PytmJsonInputWriter.write(SyntheticModel.generate(flows), text);
        json = text.toString().getBytes(StandardCharsets.UTF_8);
        file = Files.createTempFile("tmj-read-benchmark", ".json");
        Files.write(file, json);
        model = read();
        System.out.printf("%n# model: %d flows, %d elements, pytm JSON of %d bytes%n", flows,
                model.elements().size(), json.length);
    }

    @Benchmark
    public Model read() {
        return ModelFiles.read("synthetic.json", json, false);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
    }

    @Benchmark
    public Model readFile() {
        return ModelFiles.read(file);
    }

    /** The check alone, of the model read once: {@link CheckedModel#of} copies it, so each call starts afresh. */
    @Benchmark
    public CheckedModel check() {
        return CheckedModel.of(model);
    }

    @Benchmark
    public CheckedModel readAndCheck() {
        return CheckedModel.of(read());
    }
}
