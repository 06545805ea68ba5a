package dev.tmj.dsl;

import dev.tmj.model.Element;

/** A large language model (pytm's {@code LLM}). */
public final class LLMSpec extends AbstractAssetSpec<LLMSpec> {
    LLMSpec(Element element) {
        super(element);
    }

    /** Sets whether a third party runs the model. */
    public LLMSpec isThirdParty(boolean value) {
        return set("isThirdParty", value);
    }

    /** Sets whether the model runs on your own infrastructure. */
    public LLMSpec isSelfHosted(boolean value) {
        return set("isSelfHosted", value);
    }

    /** Sets whether personal data reaches the model. */
    public LLMSpec processesPersonalData(boolean value) {
        return set("processesPersonalData", value);
    }

    /** Sets whether the model keeps what users send. */
    public LLMSpec retainsUserData(boolean value) {
        return set("retainsUserData", value);
    }

    /** Sets whether the model can act through tools. */
    public LLMSpec hasAgentCapabilities(boolean value) {
        return set("hasAgentCapabilities", value);
    }

    /** Sets whether the model can reach sensitive systems. */
    public LLMSpec hasAccessToSensitiveSystems(boolean value) {
        return set("hasAccessToSensitiveSystems", value);
    }

    /** Sets whether the model runs code it produces. */
    public LLMSpec executesCode(boolean value) {
        return set("executesCode", value);
    }

    /** Sets whether input and output pass a content filter. */
    public LLMSpec hasContentFiltering(boolean value) {
        return set("hasContentFiltering", value);
    }

    /** Sets whether the model runs with a system prompt. */
    public LLMSpec hasSystemPrompt(boolean value) {
        return set("hasSystemPrompt", value);
    }

    /** Sets whether untrusted text reaches the model. */
    public LLMSpec processesUntrustedInput(boolean value) {
        return set("processesUntrustedInput", value);
    }

    /** Sets whether the model retrieves documents to answer. */
    public LLMSpec hasRAG(boolean value) {
        return set("hasRAG", value);
    }

    /** Sets whether the model was fine-tuned on your data. */
    public LLMSpec hasFineTuning(boolean value) {
        return set("hasFineTuning", value);
    }
}
