package dev.tmj.dsl;


/** A large language model (pytm's {@code LLM}). */
public final class LLM extends AssetSpec<LLM> {
    LLM(dev.tmj.model.Element element) {
        super(element);
    }

    /** Sets whether a third party runs the model. */
    public LLM isThirdParty(boolean value) {
        return set("isThirdParty", value);
    }

    /** Sets whether the model runs on your own infrastructure. */
    public LLM isSelfHosted(boolean value) {
        return set("isSelfHosted", value);
    }

    /** Sets whether personal data reaches the model. */
    public LLM processesPersonalData(boolean value) {
        return set("processesPersonalData", value);
    }

    /** Sets whether the model keeps what users send. */
    public LLM retainsUserData(boolean value) {
        return set("retainsUserData", value);
    }

    /** Sets whether the model can act through tools. */
    public LLM hasAgentCapabilities(boolean value) {
        return set("hasAgentCapabilities", value);
    }

    /** Sets whether the model can reach sensitive systems. */
    public LLM hasAccessToSensitiveSystems(boolean value) {
        return set("hasAccessToSensitiveSystems", value);
    }

    /** Sets whether the model runs code it produces. */
    public LLM executesCode(boolean value) {
        return set("executesCode", value);
    }

    /** Sets whether input and output pass a content filter. */
    public LLM hasContentFiltering(boolean value) {
        return set("hasContentFiltering", value);
    }

    /** Sets whether the model runs with a system prompt. */
    public LLM hasSystemPrompt(boolean value) {
        return set("hasSystemPrompt", value);
    }

    /** Sets whether untrusted text reaches the model. */
    public LLM processesUntrustedInput(boolean value) {
        return set("processesUntrustedInput", value);
    }

    /** Sets whether the model retrieves documents to answer. */
    public LLM hasRAG(boolean value) {
        return set("hasRAG", value);
    }

    /** Sets whether the model was fine-tuned on your data. */
    public LLM hasFineTuning(boolean value) {
        return set("hasFineTuning", value);
    }
}
