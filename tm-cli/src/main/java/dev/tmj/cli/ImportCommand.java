package dev.tmj.cli;

import dev.tmj.format.ModelFiles;
import dev.tmj.format.Overlay;
import dev.tmj.format.json.TmjModelWriter;
import dev.tmj.io.AtomicFiles;
import dev.tmj.io.TerminalText;
import dev.tmj.model.Element;
import dev.tmj.model.ElementType;
import dev.tmj.model.Model;
import dev.tmj.model.SourceException;
import dev.tmj.pipeline.Pipeline;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code tmj import INPUT... --out model.yaml}: the model tmj makes from infrastructure code (several inputs make
 * one model, with an overlay if given), written in tmj's own format so that a team can see and keep it; it reads
 * back with the same findings (docs/iac.md). {@code --unknown} lists the resource types and kinds tmj does not model.
 */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
        usageHelpAutoWidth = true,
        description = "Makes one model from infrastructure code (Terraform folders, .tf files, Kubernetes "
                + "manifests) or another tool's model (OTM, Threagile) and writes it in tmj's format.",
        footer = {"", ExitCode.HELP})
final class ImportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @ParentCommand
    private TmjCommand parent;

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Folders, .tf files or Kubernetes manifests; all together make one model.")
    private List<Path> inputs = new ArrayList<>();

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write the model in tmj's format: JSON for a .json file, YAML otherwise (-: stdout).")
    private Path out;

    @Option(names = "--overlay", paramLabel = "FILE",
            description = "A tmj YAML/JSON model or pytm script that refers to imported elements by name and adds "
                    + "data, flows, descriptions and finding decisions (docs/iac.md).")
    private Path overlay;

    @Option(names = "--unknown",
            description = "List the resource types and kinds tmj does not model (generic elements), one per line.")
    private boolean unknown;

    @Option(names = "--report-unmapped",
            description = "List what the readers could not map (unknown fields, types read by a rule, other tools' "
                    + "threats, representations kept but unused), one per line: file:line: path: what and why.")
    private boolean reportUnmapped;

    @Option(names = "--strict", description = "Refuse what the readers note (remote modules, data sources not "
            + "fetched, unrendered Helm charts) instead of warning.")
    private boolean strict;

    /** {@code --debug} here as on {@code tmj}: the error handling reads the main command's switch. */
    @Option(names = "--debug", description = "Show stack traces of errors.")
    void debug(boolean on) {
        parent.debug = on;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (out == null && !unknown && !reportUnmapped) {
            throw new SourceException("tmj import", 0, 0, "give --out FILE (the model), --unknown (what tmj "
                    + "does not model) or --report-unmapped (what the readers could not map)");
        }
        Model read = ModelFiles.read(inputs, strict);
        Model model = overlay == null ? read : Overlay.apply(read, overlay, strict);
        if (reportUnmapped) {
            model.warnings().forEach(w -> stdout.println(TerminalText.line(w)));
        } else {
            model.warnings().forEach(w -> err.println("tmj: warning: " + TerminalText.line(w)));
        }
        if (unknown) {
            unmodelled(model).forEach(type -> stdout.println(TerminalText.line(type)));
        }
        if (out != null) {
            boolean asJson = out.getFileName() != null
                    && out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
            OutputOption.write(out, AtomicFiles.text(writer -> {
                if (asJson) {
                    TmjModelWriter.writeJson(model, writer);
                } else {
                    TmjModelWriter.writeYaml(model, writer);
                }
            }), stdout);
            if (!OutputOption.isStdout(out)) {
                err.println("tmj: wrote " + TerminalText.line(out));
            }
        }
        stdout.flush();
        return ExitCode.OK;
    }

    /**
     * The resource types and kinds that became generic elements: an importer makes an element of the base type
     * {@code Element} only for what it does not model, and records the type in the {@code iacType} fact.
     */
    static List<String> unmodelled(Model model) {
        TreeSet<String> types = new TreeSet<>();
        for (Element element : model.elements()) {
            if (element.type() == ElementType.ELEMENT
                    && element.extraValue(Pipeline.IAC_FACT) instanceof String type && !type.isEmpty()) {
                types.add(type);
            }
        }
        return List.copyOf(types);
    }
}
