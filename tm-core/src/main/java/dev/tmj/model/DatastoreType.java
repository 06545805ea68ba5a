package dev.tmj.model;

/** The kind of storage behind a datastore (pytm's {@code DatastoreType}). */
public enum DatastoreType implements ValuedEnum {
    UNKNOWN, FILE_SYSTEM, SQL, LDAP, AWS_S3;

    @Override
    public String value() {
        return name();
    }
}
