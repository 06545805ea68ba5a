package dev.tmj.dsl;

import dev.tmj.model.Element;

/** Attributes of processes and sets of processes. */
public abstract class AbstractProcessSpec<S extends AbstractProcessSpec<S>> extends AbstractAssetSpec<S> {
    AbstractProcessSpec(Element element) {
        super(element);
    }

    /** Sets whether the code is managed or unmanaged. */
    public S codeType(String value) {
        return set("codeType", value);
    }

    /** Sets whether the process implements a protocol itself. */
    public S implementsCommunicationProtocol(boolean value) {
        return set("implementsCommunicationProtocol", value);
    }

    /** Sets whether the process tracks its execution flow. */
    public S tracksExecutionFlow(boolean value) {
        return set("tracksExecutionFlow", value);
    }

    /** Sets whether the process serves an API. */
    public S implementsAPI(boolean value) {
        return set("implementsAPI", value);
    }

    /** Sets the environment the process runs in. */
    public S environment(String value) {
        return set("environment", value);
    }

    /** Sets whether clients may run scripts in the process. */
    public S allowsClientSideScripting(boolean value) {
        return set("allowsClientSideScripting", value);
    }
}
