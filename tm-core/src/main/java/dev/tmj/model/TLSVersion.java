package dev.tmj.model;

/** TLS protocol versions, ordered from none to the newest (pytm's {@code TLSVersion}). */
public enum TLSVersion implements OrderedLevel {
    NONE, SSLv1, SSLv2, SSLv3, TLSv10, TLSv11, TLSv12, TLSv13;

    @Override
    public int level() {
        return ordinal();
    }
}
