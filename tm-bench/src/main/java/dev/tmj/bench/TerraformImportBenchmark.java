package dev.tmj.bench;

import dev.tmj.iac.terraform.TerraformConfig;
import java.io.IOException;
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
 * Reading a {@link SyntheticTerraform generated Terraform folder}: every file parsed, every expression evaluated,
 * references collected ({@code TerraformConfig.read}), the first half of issue 12's "1,000 resources in 1 s".
 *
 * <pre>
 * java -jar tm-bench/target/benchmarks.jar TerraformImportBenchmark -p resources=1000
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class TerraformImportBenchmark {
    @Param({"1000"})
    int resources;

    private Path dir;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("tmj-bench-tf");
        SyntheticTerraform.write(dir, resources);
        TerraformConfig config = TerraformConfig.read(dir);
        System.out.printf("%n# %d files, %d resources, %d notes%n", config.files().size(), config.resources().size(),
                config.notes().size());
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        TempFolders.delete(dir);
    }

    /** Parse and evaluate the whole folder. */
    @Benchmark
    public TerraformConfig read() throws IOException {
        return TerraformConfig.read(dir);
    }
}
