package dev.tmj.dsl;

import dev.tmj.model.DatastoreType;

/** A datastore (pytm's {@code Datastore}). */
public final class Datastore extends AssetSpec<Datastore> {
    Datastore(dev.tmj.model.Element element) {
        super(element);
    }

    /** Sets whether the datastore is an AWS RDS instance. */
    public Datastore onRDS(boolean value) {
        return set("onRDS", value);
    }

    /** Sets whether the datastore keeps logs. */
    public Datastore storesLogData(boolean value) {
        return set("storesLogData", value);
    }

    /** Sets whether the datastore keeps personal data. */
    public Datastore storesPII(boolean value) {
        return set("storesPII", value);
    }

    /** Sets whether the datastore keeps sensitive data. */
    public Datastore storesSensitiveData(boolean value) {
        return set("storesSensitiveData", value);
    }

    /** Sets whether the datastore is queried with SQL. */
    public Datastore isSQL(boolean value) {
        return set("isSQL", value);
    }

    /** Sets whether other systems share the datastore. */
    public Datastore isShared(boolean value) {
        return set("isShared", value);
    }

    /** Sets whether clients can write to the datastore. */
    public Datastore hasWriteAccess(boolean value) {
        return set("hasWriteAccess", value);
    }

    /** Sets the kind of storage. */
    public Datastore type(DatastoreType value) {
        return set("type", value);
    }
}
