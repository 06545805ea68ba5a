package dev.tmj.dsl;

import dev.tmj.model.Element;

/** A server (pytm's {@code Server}). */
public final class ServerSpec extends AbstractAssetSpec<ServerSpec> {
    ServerSpec(Element element) {
        super(element);
    }

    /** Sets whether the server issues or accepts session tokens. */
    public ServerSpec usesSessionTokens(boolean value) {
        return set("usesSessionTokens", value);
    }

    /** Sets whether the server caches content. */
    public ServerSpec usesCache(boolean value) {
        return set("usesCache", value);
    }

    /** Sets whether the server is reached through a VPN. */
    public ServerSpec usesVPN(boolean value) {
        return set("usesVPN", value);
    }

    /** Sets whether the server parses XML. */
    public ServerSpec usesXMLParser(boolean value) {
        return set("usesXMLParser", value);
    }
}
