package dev.tmj.bench;

import dev.tmj.iac.kubernetes.KubernetesManifests;
import dev.tmj.iac.kubernetes.KubernetesModel;
import dev.tmj.iac.terraform.TerraformConfig;
import dev.tmj.iac.terraform.TerraformModel;
import dev.tmj.model.Model;
import dev.tmj.pipeline.Pipeline;
import dev.tmj.resolve.Findings;
import dev.tmj.threat.ThreatLibrary;
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
 * Infrastructure code to findings in process: a {@link SyntheticTerraform Terraform folder} and a
 * {@link SyntheticManifests manifest set} read, made into a model and resolved against the default library of an
 * IaC model (pytm's threats and the IaC library). {@code tmj check infra/} is this plus the JVM's start and the
 * outputs.
 *
 * <pre>
 * java -jar tm-bench/target/benchmarks.jar IacModelBenchmark -p size=1000
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class IacModelBenchmark {
    @Param({"1000"})
    int size;

    private Path terraform;
    private Path manifests;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        terraform = Files.createTempDirectory("tmj-bench-tf");
        SyntheticTerraform.write(terraform, size);
        manifests = Files.createTempDirectory("tmj-bench-k8s");
        SyntheticManifests.write(manifests, size);
        System.out.printf("%n# terraform: %d findings; kubernetes: %d findings%n", terraform().size(),
                kubernetes().size());
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        TempFolders.delete(terraform, manifests);
    }

    /** A Terraform folder read, modelled and resolved. */
    @Benchmark
    public Findings terraform() throws IOException {
        Model model = Model.named("terraform");
        TerraformModel.addTo(model, TerraformConfig.read(terraform));
        return Pipeline.of(model).threats(Pipeline.defaultLibrary(model)).run().findings();
    }

    /** A manifest set read, modelled and resolved. */
    @Benchmark
    public Findings kubernetes() {
        Model model = Model.named("kubernetes");
        KubernetesModel.addTo(model, KubernetesManifests.read(manifests));
        return Pipeline.of(model).threats(Pipeline.defaultLibrary(model)).run().findings();
    }
}
