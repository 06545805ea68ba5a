package dev.tmj.dsl;

import dev.tmj.model.Classification;
import dev.tmj.model.Lifetime;
import java.util.Arrays;
import java.util.List;

/** A piece of data, set fluently (pytm's {@code Data}). */
public final class Data {
    private final dev.tmj.model.Data data;

    Data(dev.tmj.model.Data data) {
        this.data = data;
    }

    /** The model's data item. */
    public dev.tmj.model.Data data() {
        return data;
    }

    public String name() {
        return data.name();
    }

    private Data set(String attribute, Object value) {
        data.set(attribute, value);
        return this;
    }

    /** Sets the description. */
    public Data description(String value) {
        return set("description", value);
    }

    /** Sets the format, for example JSON or XML. */
    public Data format(String value) {
        return set("format", value);
    }

    /** Sets how sensitive the data is. */
    public Data classification(Classification value) {
        return set("classification", value);
    }

    /** Sets whether the data identifies a person. */
    public Data isPII(boolean value) {
        return set("isPII", value);
    }

    /** Sets whether the data is a secret that proves identity. */
    public Data isCredentials(boolean value) {
        return set("isCredentials", value);
    }

    /** Sets how long credentials live and how they are revoked. */
    public Data credentialsLife(Lifetime value) {
        return set("credentialsLife", value);
    }

    /** Sets whether the receiver stores the data. */
    public Data isStored(boolean value) {
        return set("isStored", value);
    }

    /** Sets whether the receiver encrypts the stored data. */
    public Data isDestEncryptedAtRest(boolean value) {
        return set("isDestEncryptedAtRest", value);
    }

    /** Sets whether the sender encrypts the stored data. */
    public Data isSourceEncryptedAtRest(boolean value) {
        return set("isSourceEncryptedAtRest", value);
    }

    /** Puts the data on these flows (pytm's {@code carriedBy}). */
    public Data carriedBy(Dataflow... flows) {
        return set("carriedBy", Dataflow.elements(flows));
    }

    /** Sets the elements that handle the data (the model check recomputes this from the flows). */
    public Data processedBy(ElementSpec<?>... elements) {
        return set("processedBy", Arrays.stream(elements).map(ElementSpec::element).toList());
    }

    static List<dev.tmj.model.Data> elements(Data... data) {
        return Arrays.stream(data).map(Data::data).toList();
    }

    @Override
    public String toString() {
        return data.label();
    }
}
