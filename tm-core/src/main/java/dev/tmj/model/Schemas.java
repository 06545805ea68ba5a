package dev.tmj.model;

import static dev.tmj.model.Attribute.extension;
import static dev.tmj.model.Attribute.of;
import static dev.tmj.model.Attribute.required;
import static dev.tmj.model.ValueType.*;

import java.util.List;
import java.util.Set;

/**
 * The schema of every pytm 1.4.0 type, with pytm's attribute names, types and defaults.
 * Descriptions are tmj's own. Element subclasses inherit their parent's attributes.
 */
public final class Schemas {
    private static final List<Object> NONE = List.of();

    public static final Schema CONTROLS = new Schema("Controls", null, ControlsAttributes.ALL);

    public static final Schema ELEMENT = new Schema("Element", null, List.of(
            required("name", STRING, "Name of the element, unique among elements of its kind"),
            of("description", STRING, "", "Free text that explains the element"),
            of("inBoundary", BOUNDARY, null, "The trust boundary that directly contains the element"),
            of("inScope", BOOLEAN, true, "Whether threats are looked for on this element"),
            of("maxClassification", CLASSIFICATION, Classification.UNKNOWN,
                    "The most sensitive data classification the element may handle"),
            extension("impact", IMPACT, null, "Business impact if the element is compromised (low, medium, high, "
                    + "very high, critical); with the data it handles, the impact axis of its findings' risk"),
            of("minTLSVersion", TLS_VERSION, TLSVersion.NONE, "The oldest TLS version the element accepts"),
            of("findings", FINDINGS, NONE, "Findings the resolver attached to the element"),
            of("overrides", OVERRIDES, NONE,
                    "Per-threat changes to findings (response, CVSS, severity ...); an override also forces its finding"),
            of("assumptions", ASSUMPTIONS, NONE, "Assumptions about the element; they can exclude threats by SID"),
            of("levels", LEVELS, Set.of(0), "DFD levels (0, 1, 2 ...) on which the element is drawn"),
            of("sourceFiles", STRINGS, NONE, "Source files that implement the element, relative to the model"),
            of("controls", ValueType.CONTROLS, null, "Security controls the element has in place"),
            of("severity", INT, 0, "Highest severity among the element's findings (0 none to 5 very high)")));

    private static final List<Attribute> ENDPOINT = List.of(
            of("inputs", DATAFLOWS, NONE, "Dataflows that arrive at the element (filled by the model check)"),
            of("outputs", DATAFLOWS, NONE, "Dataflows that leave the element (filled by the model check)"));

    /** Privacy facts of actors and assets (tmj's extensions, read by the LINDDUN library; docs/privacy.md). */
    private static final List<Attribute> PRIVACY_ENDPOINT = List.of(
            extension("region", STRING, "", "Where the element runs or keeps data, a jurisdiction such as EU or US"),
            extension("tracksUsers", BOOLEAN, false,
                    "Whether the element uses personal data for analytics, profiling or tracking"),
            extension("offersDataAccess", BOOLEAN, false,
                    "Whether data subjects can see and export the personal data the element keeps about them"),
            extension("offersDataErasure", BOOLEAN, false,
                    "Whether data subjects can have the personal data the element keeps about them erased"));

    public static final Schema ASSET = new Schema("Asset", ELEMENT, concat(List.of(
            of("port", INT, -1, "Default TCP port of dataflows that arrive here"),
            of("protocol", STRING, "", "Default protocol of dataflows that arrive here"),
            of("data", DATA_SET, NONE, "Data the asset holds; it also travels on every flow that leaves it")),
            ENDPOINT, PRIVACY_ENDPOINT, List.of(
            of("onAWS", BOOLEAN, false, "Whether the asset runs on AWS"),
            of("handlesResources", BOOLEAN, false, "Whether the asset manages resources such as memory or files"),
            of("usesEnvironmentVariables", BOOLEAN, false, "Whether the asset reads environment variables"),
            of("OS", STRING, "", "Operating system the asset runs on"))));

    public static final Schema ACTOR = new Schema("Actor", ELEMENT, concat(List.of(
            of("port", INT, -1, "Default TCP port of dataflows that leave the actor"),
            of("protocol", STRING, "", "Default protocol of dataflows that leave the actor"),
            of("data", DATA_SET, NONE, "Data the actor holds; it travels on every flow that leaves it")),
            ENDPOINT, PRIVACY_ENDPOINT, List.of(
            of("isAdmin", BOOLEAN, false, "Whether the actor has administrative rights"))));

    public static final Schema BOUNDARY_SCHEMA = new Schema("Boundary", ELEMENT, List.of());

    public static final Schema DATAFLOW_SCHEMA = new Schema("Dataflow", ELEMENT, List.of(
            required("source", ValueType.ELEMENT, "Element the data comes from"),
            required("sink", ValueType.ELEMENT, "Element the data goes to"),
            of("isResponse", BOOLEAN, false, "Whether this flow answers another flow"),
            of("response", DATAFLOW, null, "The flow that answers this one"),
            of("responseTo", DATAFLOW, null, "The flow this one answers"),
            of("srcPort", INT, -1, "Source TCP port"),
            of("dstPort", INT, -1, "Destination TCP port"),
            of("tlsVersion", TLS_VERSION, TLSVersion.NONE, "TLS version the flow uses"),
            of("protocol", STRING, "", "Protocol the flow uses, for example HTTPS"),
            of("data", DATA_SET, NONE, "Data the flow carries"),
            of("order", INT, -1, "Position of the flow in the sequence; -1 when not numbered"),
            of("implementsCommunicationProtocol", BOOLEAN, false, "Whether the flow implements its own protocol"),
            of("note", STRING, "", "A note shown on sequence diagrams"),
            of("usesVPN", BOOLEAN, false, "Whether the flow travels through a VPN"),
            of("usesSessionTokens", BOOLEAN, false, "Whether the flow carries session tokens"),
            extension("isMinimized", BOOLEAN, false,
                    "Whether the flow carries only the personal data its recipient needs (pseudonymised, reduced)")));

    public static final Schema SERVER = new Schema("Server", ASSET, List.of(
            of("usesSessionTokens", BOOLEAN, false, "Whether the server issues or accepts session tokens"),
            of("usesCache", BOOLEAN, false, "Whether the server caches content"),
            of("usesVPN", BOOLEAN, false, "Whether the server is reached through a VPN"),
            of("usesXMLParser", BOOLEAN, false, "Whether the server parses XML")));

    public static final Schema EXTERNAL_ENTITY = new Schema("ExternalEntity", ASSET, List.of(
            of("hasPhysicalAccess", BOOLEAN, false, "Whether the entity can touch the hardware")));

    public static final Schema LAMBDA = new Schema("Lambda", ASSET, List.of(
            of("onAWS", BOOLEAN, true, "Whether the function runs on AWS"),
            of("environment", STRING, "", "The environment the function runs in"),
            of("implementsAPI", BOOLEAN, false, "Whether the function serves an API")));

    public static final Schema LLM = new Schema("LLM", ASSET, List.of(
            of("isThirdParty", BOOLEAN, true, "Whether a third party runs the model"),
            of("isSelfHosted", BOOLEAN, false, "Whether the model runs on your own infrastructure"),
            of("processesPersonalData", BOOLEAN, false, "Whether personal data reaches the model"),
            of("retainsUserData", BOOLEAN, false, "Whether the model keeps what users send"),
            of("hasAgentCapabilities", BOOLEAN, false, "Whether the model can act through tools"),
            of("hasAccessToSensitiveSystems", BOOLEAN, false, "Whether the model can reach sensitive systems"),
            of("executesCode", BOOLEAN, false, "Whether the model runs code it produces"),
            of("hasContentFiltering", BOOLEAN, false, "Whether input and output pass a content filter"),
            of("hasSystemPrompt", BOOLEAN, true, "Whether the model runs with a system prompt"),
            of("processesUntrustedInput", BOOLEAN, true, "Whether untrusted text reaches the model"),
            of("hasRAG", BOOLEAN, false, "Whether the model retrieves documents to answer (RAG)"),
            of("hasFineTuning", BOOLEAN, false, "Whether the model was fine-tuned on your data")));

    public static final Schema AGENT = new Schema("Agent", ASSET, List.of(
            of("usesExternalTools", BOOLEAN, false, "Whether the agent calls external tools or servers"),
            of("validatesToolLaunchConfig", BOOLEAN, false,
                    "Whether the agent checks a tool's launch configuration before it runs it")));

    public static final Schema DATASTORE = new Schema("Datastore", ASSET, List.of(
            of("onRDS", BOOLEAN, false, "Whether the datastore is an AWS RDS instance"),
            of("storesLogData", BOOLEAN, false, "Whether the datastore keeps logs"),
            of("storesPII", BOOLEAN, false, "Whether the datastore keeps personal data"),
            of("storesSensitiveData", BOOLEAN, false, "Whether the datastore keeps sensitive data"),
            of("isSQL", BOOLEAN, true, "Whether the datastore is queried with SQL"),
            of("isShared", BOOLEAN, false, "Whether other systems share the datastore"),
            of("hasWriteAccess", BOOLEAN, false, "Whether clients can write to the datastore"),
            of("type", DATASTORE_TYPE, DatastoreType.UNKNOWN, "The kind of storage")));

    public static final Schema PROCESS = new Schema("Process", ASSET, List.of(
            of("codeType", STRING, "Unmanaged", "Managed or unmanaged code"),
            of("implementsCommunicationProtocol", BOOLEAN, false, "Whether the process implements a protocol itself"),
            of("tracksExecutionFlow", BOOLEAN, false, "Whether the process tracks its execution flow"),
            of("implementsAPI", BOOLEAN, false, "Whether the process serves an API"),
            of("environment", STRING, "", "The environment the process runs in"),
            of("allowsClientSideScripting", BOOLEAN, false, "Whether clients may run scripts in the process")));

    public static final Schema SET_OF_PROCESSES = new Schema("SetOfProcesses", PROCESS, List.of());

    public static final Schema DATA = new Schema("Data", null, List.of(
            required("name", STRING, "Name of the data item"),
            of("description", STRING, "", "Free text that explains the data"),
            of("format", STRING, "", "Format, for example JSON or XML"),
            of("classification", CLASSIFICATION, Classification.UNKNOWN, "How sensitive the data is"),
            of("isPII", BOOLEAN, false, "Whether the data identifies a person"),
            of("isCredentials", BOOLEAN, false, "Whether the data is a secret that proves identity"),
            of("credentialsLife", LIFETIME, Lifetime.NONE, "How long the credentials live and how they are revoked"),
            of("isStored", BOOLEAN, false, "Whether the receiver stores the data, not only processes it"),
            of("isDestEncryptedAtRest", BOOLEAN, false, "Whether the receiver encrypts the stored data"),
            of("isSourceEncryptedAtRest", BOOLEAN, false, "Whether the sender encrypts the stored data"),
            of("carriedBy", DATAFLOWS, NONE, "Dataflows that carry the data"),
            of("processedBy", ELEMENTS, NONE, "Elements that send or receive the data (filled by the model check)"),
            extension("isIdentifier", BOOLEAN, false,
                    "Whether the data is a stable identifier of a person or device (email, customer or device id)"),
            extension("purpose", STRING, "", "Why the personal data is processed"),
            extension("lawfulBasis", STRING, "", "GDPR Art. 6 basis: consent, contract, legal obligation, "
                    + "vital interests, public task or legitimate interests"),
            extension("retention", STRING, "", "How long stored data is kept, such as 30 days or P30D"),
            extension("dataSubject", STRING, "", "Whose personal data it is, such as customer or employee"),
            extension("region", STRING, "", "Where the data must stay, a jurisdiction such as EU")));

    /** The fields an override (pytm's {@code Finding} used in {@code overrides}) can set. */
    public static final Schema FINDING = new Schema("Finding", null, List.of(
            of("threat_id", STRING, "", "SID of the threat the override applies to"),
            of("response", STRING, "", "How the finding is handled: mitigated, transferred, avoided or accepted"),
            of("cvss", STRING, "", "CVSS score or vector"),
            of("severity", STRING, "", "Severity that replaces the threat's"),
            of("likelihood", STRING, "", "Likelihood that replaces the threat's"),
            of("description", STRING, "", "Description that replaces the threat's"),
            of("details", STRING, "", "Details that replace the threat's"),
            of("mitigations", STRING, "", "Mitigations that replace the threat's"),
            of("example", STRING, "", "Example that replaces the threat's"),
            of("references", STRING, "", "References that replace the threat's"),
            of("condition", STRING, "", "Condition text shown instead of the threat's"),
            of("id", STRING, "", "Finding id shown instead of the running number"),
            of("status", STATUS, null, "How the finding is handled: open, mitigated, accepted, transferred, avoided, "
                    + "false positive"),
            of("owner", STRING, "", "Who decided the status"),
            of("justification", STRING, "", "Why the status holds"),
            of("expires", DATE, null, "Last day (ISO date) an acceptance holds; after it the finding is open again"),
            of("target", STRING, "", "Name shown as the finding's target")));

    public static final Schema ASSUMPTION = new Schema("Assumption", null, List.of(
            required("name", STRING, "The assumption"),
            of("exclude", STRING_SET, Set.of(), "SIDs of threats the assumption rules out"),
            of("description", STRING, "", "Why the assumption holds")));

    /** pytm's {@code Threat}, for {@code describe}; libraries are read by {@code dev.tmj.threat}. */
    public static final Schema THREAT = new Schema("Threat", null, List.of(
            required("id", STRING, "The threat's SID, for example INP02"),
            of("description", STRING, "", "A short title"),
            of("condition", STRING, "True", "A Python expression over target that says when the threat applies"),
            of("details", STRING, "", "How the attack works"),
            of("likelihood", STRING, "", "How likely an attack is"),
            of("severity", STRING, "", "How bad a successful attack is"),
            of("mitigations", STRING, "", "What to change to prevent it"),
            of("prerequisites", STRING, "", "What an attacker needs first"),
            of("example", STRING, "", "An example attack"),
            of("references", STRING, "", "Where to read more"),
            of("target", STRINGS, NONE, "The element classes the threat applies to (subclasses included)")));

    public static final Schema TM = new Schema("TM", null, List.of(
            required("name", STRING, "Name of the model"),
            of("description", STRING, "", "What the modelled system does"),
            of("threatsFile", STRING, "", "Threat library to use instead of the built-in one"),
            of("isOrdered", BOOLEAN, false, "Number dataflows automatically in declaration order"),
            of("mergeResponses", BOOLEAN, false, "Draw a request and its response as one two-headed edge"),
            of("ignoreUnused", BOOLEAN, false, "Leave out elements that no dataflow uses"),
            of("onDuplicates", ACTION, Action.NO_ACTION,
                    "What to do with dataflows that repeat another between the same elements"),
            of("assumptions", ASSUMPTIONS, NONE, "Assumptions about the whole model; they can exclude threats")));

    private Schemas() {
    }

    static void ensureLoaded() {
        // Touching this class runs its static initialiser, which registers every attribute name.
    }

    @SafeVarargs
    private static List<Attribute> concat(List<Attribute>... parts) {
        return java.util.Arrays.stream(parts).flatMap(List::stream).toList();
    }
}
