package dev.tmj.examples;

import static dev.tmj.model.Classification.RESTRICTED;
import static dev.tmj.model.Classification.SECRET;
import static dev.tmj.model.Classification.SENSITIVE;
import static dev.tmj.model.TLSVersion.TLSv12;
import static dev.tmj.model.TLSVersion.TLSv13;

import dev.tmj.dsl.ThreatModel;
import dev.tmj.model.Assumption;
import dev.tmj.model.FindingOverride;
import dev.tmj.model.FindingStatus;
import dev.tmj.model.Lifetime;
import java.time.LocalDate;

/**
 * An AI assistant for employees: a chat backend answers questions with a third-party hosted LLM, grounds the
 * answers in internal documents from a vector store (retrieval-augmented generation) and lets an agent act on
 * the user's behalf through tools, one of which books meetings in a third-party calendar API.
 */
public final class LlmAssistant {
    private LlmAssistant() {
    }

    public static ThreatModel model() {
        var tm = ThreatModel.named("LLM assistant")
                .description("Employees chat with an assistant that answers from internal documents and can "
                        + "book meetings through a tool-using agent.")
                .assumptions(Assumption.named("Single-tenant")
                        .describedAs("Every employee may read every indexed document; there are no per-document "
                                + "permissions to enforce in retrieval."));

        var internet = tm.boundary("Internet");
        var backend = tm.boundary("Assistant VPC");
        var sandbox = tm.boundary("Tool sandbox").in(backend);
        var modelProvider = tm.boundary("Model provider");
        var partner = tm.boundary("Calendar SaaS");

        var user = tm.actor("Employee").in(internet).region("EU")
                .description("Signed in with the company SSO; uses the web chat.");

        var chat = tm.server("Chat backend").in(backend).region("EU").offersDataAccess(true)
                .offersDataErasure(true)
                .description("Holds conversations, builds prompts from the question and retrieved passages, "
                        + "streams answers back.")
                .protocol("HTTPS").port(443).usesSessionTokens(true)
                .controls(c -> c.isHardened(true).authenticatesSource(true).implementsAuthenticationScheme(true)
                        .authenticationScheme("OIDC").hasAccessControl(true).authorizesSource(true)
                        .usesStrongSessionIdentifiers(true).validatesInput(true).sanitizesInput(true)
                        .encodesOutput(true).validatesHeaders(true).implementsNonce(true)
                        .handlesResourceConsumption(true).isResilient(true))
                .overrides(FindingOverride.of("INP34").status(FindingStatus.FALSE_POSITIVE).owner("assistant-team")
                        .justification("The backend speaks JSON over HTTPS and server-sent events; no SOAP."));

        var llm = tm.llm("Hosted LLM").in(modelProvider).region("EU")
                .description("Third-party foundation model behind the provider's zero-retention API.")
                .isThirdParty(true).processesPersonalData(true).processesUntrustedInput(true).hasRAG(true)
                .hasSystemPrompt(true).hasAgentCapabilities(true).hasAccessToSensitiveSystems(false)
                .hasContentFiltering(false).retainsUserData(false)
                .controls(c -> c.encodesOutput(true))
                .overrides(
                        FindingOverride.of("LLM03").status(FindingStatus.TRANSFERRED).owner("legal")
                                .justification("Data processing agreement with the provider: EU region, zero "
                                        + "retention, no training on our data."),
                        FindingOverride.of("LLM01").status(FindingStatus.ACCEPTED).owner("assistant-team")
                                .justification("A user can only steer the answers they see themselves; tools "
                                        + "need the user's confirmation. Content filtering is planned with the "
                                        + "provider's moderation API.")
                                .expires(LocalDate.of(2027, 2, 28)),
                        FindingOverride.of("LLM02").status(FindingStatus.MITIGATED).owner("assistant-team")
                                .justification("Retrieved passages are quoted as data in the prompt and tool calls "
                                        + "proposed after retrieval need the user's confirmation."),
                        FindingOverride.of("LDD06").status(FindingStatus.ACCEPTED).owner("privacy-office")
                                .justification("Single-tenant: every employee may read every indexed document, "
                                        + "so an answer reveals no one an employee could not look up. Revisit "
                                        + "when HR documents are indexed.")
                                .expires(LocalDate.of(2027, 2, 28)));

        var agent = tm.agent("Calendar agent").in(sandbox)
                .description("Turns the model's tool calls into API requests; runs in a sandbox with only "
                        + "outbound HTTPS to the calendar API.")
                .usesExternalTools(true).validatesToolLaunchConfig(false)
                .overrides(FindingOverride.of("LLM09").status(FindingStatus.FALSE_POSITIVE).owner("assistant-team")
                        .justification("The tools are a fixed list compiled into the agent; nothing launches "
                                + "a tool from configuration the model or a user controls."));

        var vectors = tm.datastore("Vector store").in(backend).region("EU")
                .description("Embeddings and passages of the internal wiki and policies.")
                .storesSensitiveData(true).storesPII(true).maxClassification(SENSITIVE).minTLSVersion(TLSv12)
                .controls(c -> c.isEncryptedAtRest(true).usesEncryptionAlgorithm("AES").hasAccessControl(true)
                        .authorizesSource(true).validatesInput(true).implementsPOLP(true))
                .overrides(FindingOverride.of("DO02").status(FindingStatus.AVOIDED).owner("assistant-team")
                        .justification("Queries are capped at 20 passages and the index is rebuilt offline."));

        var calendar = tm.externalEntity("Calendar API").in(partner).region("US")
                .description("Third-party scheduling service with an OAuth API.");

        var message = tm.data("Chat message").format("JSON").classification(SENSITIVE).isPII(true)
                .isStored(true).isDestEncryptedAtRest(true).purpose("Answer employees' questions")
                .lawfulBasis("legitimate interests").retention("30 days").dataSubject("employee").region("EU");
        var passages = tm.data("Retrieved passages").format("JSON").classification(SENSITIVE);
        var prompt = tm.data("Prompt").format("JSON").classification(SENSITIVE).isPII(true)
                .description("System prompt, conversation and retrieved passages.")
                .purpose("Answer employees' questions").lawfulBasis("legitimate interests").region("EU");
        var completion = tm.data("Completion").format("JSON").classification(SENSITIVE);
        var toolCall = tm.data("Tool call").format("JSON").classification(RESTRICTED);
        var meeting = tm.data("Meeting request").format("JSON").classification(RESTRICTED).isPII(true)
                .isIdentifier(true).purpose("Book meetings the employee asked for").lawfulBasis("contract")
                .dataSubject("employee").region("EU").description("Attendees' e-mail addresses, time and subject.");
        var providerKey = tm.data("Model provider API key").classification(SECRET).isCredentials(true)
                .credentialsLife(Lifetime.MANUAL);
        var oauthToken = tm.data("Calendar OAuth token").classification(SECRET).isCredentials(true)
                .credentialsLife(Lifetime.SHORT);
        var session = tm.data("Session cookie").classification(SECRET).isCredentials(true)
                .credentialsLife(Lifetime.SHORT);

        // Every hop uses TLS: the receiving side requires it.
        chat.controls(c -> c.isEncrypted(true));
        llm.controls(c -> c.isEncrypted(true));
        agent.controls(c -> c.isEncrypted(true));
        calendar.controls(c -> c.isEncrypted(true));
        user.controls(c -> c.isEncrypted(true));

        var ask = tm.dataflow(user, chat, "Ask a question").protocol("HTTPS").dstPort(443).tlsVersion(TLSv13)
                .usesSessionTokens(true).data(message, session);
        tm.dataflow(chat, user, "Streamed answer").protocol("HTTPS").tlsVersion(TLSv13).responseTo(ask)
                .data(completion);
        var retrieve = tm.dataflow(chat, vectors, "Retrieve context").protocol("gRPC").dstPort(6334)
                .tlsVersion(TLSv12).data(message);
        tm.dataflow(vectors, chat, "Matching passages").protocol("gRPC").tlsVersion(TLSv12)
                .responseTo(retrieve).data(passages);
        var complete = tm.dataflow(chat, llm, "Prompt the model").protocol("HTTPS").dstPort(443)
                .tlsVersion(TLSv13).data(prompt, providerKey)
                .overrides(
                        FindingOverride.of("AC23").status(FindingStatus.ACCEPTED).owner("assistant-team")
                                .justification("The provider offers no workload identity; the key lives in the "
                                        + "vault and is rotated every 30 days.")
                                .expires(LocalDate.of(2027, 2, 28)),
                        FindingOverride.of("LDD13").status(FindingStatus.TRANSFERRED).owner("legal")
                                .justification("Data processing agreement with the provider: EU region, zero "
                                        + "retention, no training on our data."));
        tm.dataflow(llm, chat, "Completion and tool calls").protocol("HTTPS").tlsVersion(TLSv13)
                .responseTo(complete).data(completion, toolCall);
        tm.dataflow(chat, agent, "Confirmed tool call").protocol("HTTPS").dstPort(8443).tlsVersion(TLSv13)
                .data(toolCall);
        tm.dataflow(agent, calendar, "Book meeting").protocol("HTTPS").dstPort(443).tlsVersion(TLSv12)
                .data(toolCall, meeting, oauthToken)
                .overrides(FindingOverride.of("LDD24").status(FindingStatus.TRANSFERRED).owner("legal")
                        .justification("EU-US Data Privacy Framework certification of the calendar vendor."));
        return tm;
    }
}
