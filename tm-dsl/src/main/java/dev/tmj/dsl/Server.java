package dev.tmj.dsl;


/** A server (pytm's {@code Server}). */
public final class Server extends AssetSpec<Server> {
    Server(dev.tmj.model.Element element) {
        super(element);
    }

    /** Sets whether the server issues or accepts session tokens. */
    public Server usesSessionTokens(boolean value) {
        return set("usesSessionTokens", value);
    }

    /** Sets whether the server caches content. */
    public Server usesCache(boolean value) {
        return set("usesCache", value);
    }

    /** Sets whether the server is reached through a VPN. */
    public Server usesVPN(boolean value) {
        return set("usesVPN", value);
    }

    /** Sets whether the server parses XML. */
    public Server usesXMLParser(boolean value) {
        return set("usesXMLParser", value);
    }
}
