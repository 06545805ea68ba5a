package dev.tmj.dsl;

import dev.tmj.model.Action;
import dev.tmj.model.Assumption;
import dev.tmj.model.Data;
import dev.tmj.model.Element;
import dev.tmj.model.ElementType;
import dev.tmj.model.Model;
import dev.tmj.model.SourceLocation;
import dev.tmj.pipeline.Pipeline;
import dev.tmj.resolve.Findings;
import dev.tmj.threat.ThreatLibrary;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A threat model written in Java the way a pytm script reads:
 *
 * <pre>{@code
 * var tm = ThreatModel.named("Comment board").ordered();
 * var cloud = tm.boundary("Cloud VPC");
 * var web = tm.server("Web server").in(cloud).os("Debian").controls(c -> c.isHardened(true));
 * tm.dataflow(visitor, web, "Post comment").protocol("HTTPS").dstPort(443).tlsVersion(TLSv13).data(comment);
 * Findings findings = tm.resolve(ThreatLibrary.fromJson(path));
 * }</pre>
 *
 * Each element records the Java line that declared it, so reports can point back at it.
 */
public final class ThreatModel {
    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    private final Model model;

    private ThreatModel(Model model) {
        this.model = model;
    }

    /** A new model. */
    public static ThreatModel named(String name) {
        return new ThreatModel(Model.named(name));
    }

    /** The model being built. */
    public Model model() {
        return model;
    }

    /** Sets the description of the system. */
    public ThreatModel description(String text) {
        model.set("description", text);
        return this;
    }

    /** Numbers the dataflows in declaration order (pytm's {@code isOrdered = True}). */
    public ThreatModel ordered() {
        model.set("isOrdered", true);
        return this;
    }

    /** Draws a request and its response as one two-headed edge (pytm's {@code mergeResponses}). */
    public ThreatModel mergeResponses() {
        model.set("mergeResponses", true);
        return this;
    }

    /** Leaves out elements that no dataflow uses (pytm's {@code ignoreUnused}). */
    public ThreatModel ignoreUnused() {
        model.set("ignoreUnused", true);
        return this;
    }

    /** What to do with duplicate dataflows (pytm's {@code onDuplicates}). */
    public ThreatModel onDuplicates(Action action) {
        model.set("onDuplicates", action);
        return this;
    }

    /** Assumptions about the whole model; those with SIDs exclude threats everywhere. */
    public ThreatModel assumptions(Assumption... assumptions) {
        model.set("assumptions", List.of(assumptions));
        return this;
    }

    /** A plain element (pytm's {@code Element}). */
    public ElementSpec element(String name) {
        return add(ElementType.ELEMENT, name, ElementSpec::new);
    }

    /** A generic asset (pytm's {@code Asset}). */
    public AssetSpec asset(String name) {
        return add(ElementType.ASSET, name, AssetSpec::new);
    }

    /** A person or outside system that starts interactions (pytm's {@code Actor}). */
    public ActorSpec actor(String name) {
        return add(ElementType.ACTOR, name, ActorSpec::new);
    }

    /** A trust boundary (pytm's {@code Boundary}). */
    public BoundarySpec boundary(String name) {
        return add(ElementType.BOUNDARY, name, BoundarySpec::new);
    }

    /** A server (pytm's {@code Server}). */
    public ServerSpec server(String name) {
        return add(ElementType.SERVER, name, ServerSpec::new);
    }

    /** A system outside your control (pytm's {@code ExternalEntity}). */
    public ExternalEntitySpec externalEntity(String name) {
        return add(ElementType.EXTERNAL_ENTITY, name, ExternalEntitySpec::new);
    }

    /** A serverless function (pytm's {@code Lambda}). */
    public LambdaSpec lambda(String name) {
        return add(ElementType.LAMBDA, name, LambdaSpec::new);
    }

    /** A large language model (pytm's {@code LLM}). */
    public LLMSpec llm(String name) {
        return add(ElementType.LLM, name, LLMSpec::new);
    }

    /** An AI agent (pytm's {@code Agent}). */
    public AgentSpec agent(String name) {
        return add(ElementType.AGENT, name, AgentSpec::new);
    }

    /** A datastore (pytm's {@code Datastore}). */
    public DatastoreSpec datastore(String name) {
        return add(ElementType.DATASTORE, name, DatastoreSpec::new);
    }

    /** A process (pytm's {@code Process}). */
    public ProcessSpec process(String name) {
        return add(ElementType.PROCESS, name, ProcessSpec::new);
    }

    /** A group of like processes (pytm's {@code SetOfProcesses}). */
    public SetOfProcessesSpec setOfProcesses(String name) {
        return add(ElementType.SET_OF_PROCESSES, name, SetOfProcessesSpec::new);
    }

    /** A dataflow from {@code source} to {@code sink}. */
    public DataflowSpec dataflow(AbstractElementSpec<?> source, AbstractElementSpec<?> sink, String name) {
        Element flow = model.dataflow(source.element(), sink.element(), name);
        callerLocation().ifPresent(flow::locatedAt);
        return new DataflowSpec(flow);
    }

    /** A piece of data. */
    public DataSpec data(String name) {
        Data data = model.data(name);
        callerLocation().ifPresent(data::locatedAt);
        return new DataSpec(data);
    }

    /** Checks and resolves the model against a threat library, through the one {@link Pipeline}. */
    public Findings resolve(ThreatLibrary library) {
        return pipeline().threats(library).run().findings();
    }

    /**
     * The pipeline over this model, for options beyond a library: excluded threats, the day expiries are judged
     * against, test evidence ({@code tm.pipeline().threats(library).asOf(day).run().findings()}).
     */
    public Pipeline pipeline() {
        return Pipeline.of(model);
    }

    private <T> T add(ElementType type, String name, Function<Element, T> wrap) {
        Element element = model.add(type, name);
        callerLocation().ifPresent(element::locatedAt);
        return wrap.apply(element);
    }

    private static boolean isDsl(Class<?> type) {
        return type == ThreatModel.class || AbstractElementSpec.class.isAssignableFrom(type) || type == DataSpec.class
                || type == ControlsSpec.class;
    }

    /** The first frame outside the DSL: the line of the user's model that declared the element. */
    private static Optional<SourceLocation> callerLocation() {
        return WALKER.walk(frames -> frames
                .filter(f -> !isDsl(f.getDeclaringClass()))
                .findFirst()
                .filter(f -> f.getFileName() != null)
                .map(f -> SourceLocation.of(f.getFileName(), f.getLineNumber())));
    }
}
