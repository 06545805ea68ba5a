package dev.tmj.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The picocli specification of {@code tmj} itself (MODEL and pytm's flags), built in code rather than read from
 * annotations: every run builds it, and picocli's reading of annotations (a proxy class generated for each annotation
 * type, each field's annotations and generic type reflected) was the larger part of the 0.1-0.2 s that picocli took
 * at each start. The subcommands keep their annotations: a run builds only the one it names ({@link TmjCommand}).
 * Help, errors and parsing are picocli's, as for annotations: the same attributes, in the same order.
 */
final class TmjCommandSpec {
    private TmjCommandSpec() {
    }

    /** The specification whose options and MODEL set the fields of {@code c}, and whose run is {@code c.call()}. */
    @SuppressWarnings("unchecked")
    static CommandSpec of(TmjCommand c) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(c).name("tmj").versionProvider(new Version());
        spec.usageMessage().sortOptions(false).autoWidth(true)
                .description("Finds the threats in a threat model: a pytm model script, a pytm JSON model, a tmj "
                        + "JSON/YAML model, or infrastructure code: Terraform, Kubernetes manifests "
                        + "(chosen by content).")
                .footer("", ExitCode.HELP);
        spec.addPositional(bind(PositionalParamSpec.builder().arity("0..*").paramLabel("MODEL")
                .type(List.class).auxiliaryTypes(Path.class),
                () -> c.models, v -> c.models = (List<Path>) v, new ArrayList<>())
                .description("The model: a file, or infrastructure code (folders, .tf files, Kubernetes manifests; "
                        + "several combine into one model).").build());
        spec.addOption(bind(OptionSpec.builder("--overlay").paramLabel("FILE").type(Path.class),
                () -> c.overlay, v -> c.overlay = (Path) v, null)
                .description("A tmj YAML/JSON model or pytm script that refers to the model's elements by name "
                        + "and adds "
                        + "data, flows, descriptions and finding decisions (docs/iac.md).").build());
        spec.addOption(bind(OptionSpec.builder("--json").paramLabel("FILE").type(Path.class),
                () -> c.json, v -> c.json = (Path) v, null)
                .description("Write the resolved model as pytm's JSON output.").build());
        spec.addOption(bind(OptionSpec.builder("--save-model").paramLabel("FILE").type(Path.class),
                () -> c.saveModel, v -> c.saveModel = (Path) v, null)
                .description("Write the model in tmj's own format: JSON for a .json file, YAML otherwise "
                        + "(migrates a pytm script or pytm JSON model).").build());
        spec.addOption(bind(OptionSpec.builder("--export").arity("2").paramLabel("FORMAT FILE")
                .type(List.class).auxiliaryTypes(String.class),
                () -> c.exports, v -> c.exports = (List<String>) v, new ArrayList<>())
                .description("Write the resolved model in another tool's format (repeatable): otm, threat-dragon "
                        + "(an OWASP Threat Dragon 2 model, laid out as the DFD; docs/interchange.md).").build());
        spec.addOption(bind(OptionSpec.builder("--out").paramLabel("DIR").type(Path.class),
                () -> c.outDir, v -> c.outDir = (Path) v, null)
                .description("Write every output into DIR (created if needed): dfd.dot, dfd.svg, dfd.png, "
                        + "seq.plantuml, "
                        + "seq.svg, report.html, report.md and findings.json (pytm's JSON).").build());
        spec.addOption(bind(OptionSpec.builder("--dfd").type(boolean.class),
                () -> c.dfd, v -> c.dfd = (Boolean) v, false)
                .description("Print the data-flow diagram (DOT, for Graphviz).").build());
        spec.addOption(bind(OptionSpec.builder("--seq").type(boolean.class),
                () -> c.seq, v -> c.seq = (Boolean) v, false)
                .description("Print the sequence diagram (PlantUML).").build());
        spec.addOption(bind(OptionSpec.builder("--report").paramLabel("TEMPLATE").type(Path.class),
                () -> c.report, v -> c.report = (Path) v, null)
                .description("Print a report rendered from a pytm template.").build());
        spec.addOption(bind(OptionSpec.builder("--boundary").paramLabel("NAME").type(String.class),
                () -> c.boundary, v -> c.boundary = (String) v, null)
                .description("Draw only this boundary and what it holds.").build());
        spec.addOption(bind(OptionSpec.builder("--around").paramLabel("ELEMENT").type(String.class),
                () -> c.around, v -> c.around = (String) v, null)
                .description("Draw only this element and the elements within --radius flows of it.").build());
        spec.addOption(bind(OptionSpec.builder("--radius").paramLabel("N").defaultValue("1").type(int.class),
                () -> c.radius, v -> c.radius = (Integer) v, 0)
                .description("How many flows away from --around to draw (default: ${DEFAULT-VALUE}).").build());
        spec.addOption(bind(OptionSpec.builder("--html-template").paramLabel("FILE").type(Path.class),
                () -> c.htmlTemplate, v -> c.htmlTemplate = (Path) v, null)
                .description("Your template for report.html.").build());
        spec.addOption(bind(OptionSpec.builder("--history").paramLabel("PATH_OR_JDBC_URL").type(String.class),
                () -> c.history, v -> c.history = (String) v, null)
                .description("With --out: report.html gains a "
                        + "History section from the runs tmj check --history recorded of this model "
                        + "(docs/history.md).").build());
        spec.addOption(bind(OptionSpec.builder("--md-template").paramLabel("FILE").type(Path.class),
                () -> c.markdownTemplate, v -> c.markdownTemplate = (Path) v, null)
                .description("Your template for report.md.").build());
        spec.addOption(bind(OptionSpec.builder("--list").type(boolean.class),
                () -> c.list, v -> c.list = (Boolean) v, false)
                .description("List the threats of the active threat library.").build());
        spec.addOption(bind(OptionSpec.builder("--describe").paramLabel("CLASSES").type(String.class),
                () -> c.describe, v -> c.describe = (String) v, null)
                .description("Print the attributes of the named classes, e.g. \"Server Dataflow\".").build());
        spec.addOption(bind(OptionSpec.builder("--list-elements").type(boolean.class),
                () -> c.listElements, v -> c.listElements = (Boolean) v, false)
                .description("List the element classes and value classes.").build());
        spec.addOption(bind(OptionSpec.builder("--levels").arity("1..*").paramLabel("N").splitRegex(",")
                .type(List.class).auxiliaryTypes(Integer.class),
                () -> c.levels, v -> c.levels = (List<Integer>) v, new ArrayList<>())
                .description("DFD levels to draw (space or comma separated; default: every level, as pytm).").build());
        spec.addOption(bind(OptionSpec.builder("--colormap").type(boolean.class),
                () -> c.colormap, v -> c.colormap = (Boolean) v, false)
                .description("Colour the DFD by element severity.").build());
        spec.addOption(bind(OptionSpec.builder("--exclude").paramLabel("SIDS").type(String.class),
                () -> c.exclude, v -> c.exclude = (String) v, null)
                .description("Comma-separated threat SIDs to leave out.").build());
        spec.addOption(bind(OptionSpec.builder("--stale_days").paramLabel("N").type(Integer.class),
                () -> c.staleDays, v -> c.staleDays = (Integer) v, null)
                .description("Report source files (sourceFiles) N or more days older or newer than the model.")
                .build());
        spec.addOption(bind(OptionSpec.builder("--threats").paramLabel("FILE")
                .type(List.class).auxiliaryTypes(Path.class),
                () -> c.threats, v -> c.threats = (List<Path>) v, new ArrayList<>())
                .description("A pytm-format threat library to use instead of the built-in one (repeatable: "
                        + "libraries combine; a SID in two of them is an error).").build());
        spec.addOption(bind(OptionSpec.builder("--no-model-threats").type(boolean.class),
                () -> c.noModelThreats, v -> c.noModelThreats = (Boolean) v, false)
                .description("Refuse a model that names its own threat library "
                        + "(threatsFile); without this, a model may name one only inside its own folder.").build());
        spec.addOption(bind(OptionSpec.builder("--strict").type(boolean.class),
                () -> c.strict, v -> c.strict = (Boolean) v, false)
                .description("Refuse attributes that pytm does not define (pytm ignores them; "
                        + "tmj warns).").build());
        spec.addOption(bind(OptionSpec.builder("--debug").type(boolean.class),
                () -> c.debug, v -> c.debug = (Boolean) v, false)
                .description("Show stack traces of errors.").build());
        // picocli's standard help options (mixinStandardHelpOptions), last as picocli lists them, with its texts
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).type(boolean.class)
                .description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true).type(boolean.class)
                .description("Print version information and exit.").build());
        return spec;
    }

    /** The option with its value read from and written to a field of the command, which starts as {@code initial}. */
    private static OptionSpec.Builder bind(OptionSpec.Builder option, Supplier<Object> get, Consumer<Object> set,
            Object initial) {
        Field field = new Field(get, set);
        return option.getter(field).setter(field).initialValue(initial);
    }

    /** {@link #bind(OptionSpec.Builder, Supplier, Consumer, Object)} for a positional parameter. */
    private static PositionalParamSpec.Builder bind(PositionalParamSpec.Builder parameter, Supplier<Object> get,
            Consumer<Object> set, Object initial) {
        Field field = new Field(get, set);
        return parameter.getter(field).setter(field).initialValue(initial);
    }

    /** A field of the command, for picocli's getter and setter (generic methods, which a lambda cannot be). */
    private static final class Field implements IGetter, ISetter {
        private final Supplier<Object> get;
        private final Consumer<Object> set;

        Field(Supplier<Object> get, Consumer<Object> set) {
            this.get = get;
            this.set = set;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T get() {
            return (T) get.get();
        }

        @Override
        public <T> T set(T value) {
            T old = get();
            set.accept(value);
            return old;
        }
    }
}
