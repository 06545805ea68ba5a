package dev.tmj.dsl;

import dev.tmj.model.DatastoreType;
import dev.tmj.model.Element;

/** A datastore (pytm's {@code Datastore}). */
public final class DatastoreSpec extends AbstractAssetSpec<DatastoreSpec> {
    DatastoreSpec(Element element) {
        super(element);
    }

    /** Sets whether the datastore is an AWS RDS instance. */
    public DatastoreSpec onRDS(boolean value) {
        return set("onRDS", value);
    }

    /** Sets whether the datastore keeps logs. */
    public DatastoreSpec storesLogData(boolean value) {
        return set("storesLogData", value);
    }

    /** Sets whether the datastore keeps personal data. */
    public DatastoreSpec storesPII(boolean value) {
        return set("storesPII", value);
    }

    /** Sets whether the datastore keeps sensitive data. */
    public DatastoreSpec storesSensitiveData(boolean value) {
        return set("storesSensitiveData", value);
    }

    /** Sets whether the datastore is queried with SQL. */
    public DatastoreSpec isSQL(boolean value) {
        return set("isSQL", value);
    }

    /** Sets whether other systems share the datastore. */
    public DatastoreSpec isShared(boolean value) {
        return set("isShared", value);
    }

    /** Sets whether clients can write to the datastore. */
    public DatastoreSpec hasWriteAccess(boolean value) {
        return set("hasWriteAccess", value);
    }

    /** Sets the kind of storage. */
    public DatastoreSpec type(DatastoreType value) {
        return set("type", value);
    }
}
