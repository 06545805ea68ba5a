package dev.tmj.dsl;

import dev.tmj.model.Classification;
import dev.tmj.model.Data;
import dev.tmj.model.Lifetime;
import java.util.Arrays;
import java.util.List;

/** A piece of data, set fluently (pytm's {@code Data}). */
public final class DataSpec {
    private final Data data;

    DataSpec(Data data) {
        this.data = data;
    }

    /** The model's data item. */
    public Data data() {
        return data;
    }

    public String name() {
        return data.name();
    }

    private DataSpec set(String attribute, Object value) {
        data.set(attribute, value);
        return this;
    }

    /** Sets the description. */
    public DataSpec description(String value) {
        return set("description", value);
    }

    /** Sets the format, for example JSON or XML. */
    public DataSpec format(String value) {
        return set("format", value);
    }

    /** Sets how sensitive the data is. */
    public DataSpec classification(Classification value) {
        return set("classification", value);
    }

    /** Sets whether the data identifies a person. */
    public DataSpec isPII(boolean value) {
        return set("isPII", value);
    }

    /** Sets whether the data is a secret that proves identity. */
    public DataSpec isCredentials(boolean value) {
        return set("isCredentials", value);
    }

    /** Sets how long credentials live and how they are revoked. */
    public DataSpec credentialsLife(Lifetime value) {
        return set("credentialsLife", value);
    }

    /** Sets whether the receiver stores the data. */
    public DataSpec isStored(boolean value) {
        return set("isStored", value);
    }

    /** Sets whether the receiver encrypts the stored data. */
    public DataSpec isDestEncryptedAtRest(boolean value) {
        return set("isDestEncryptedAtRest", value);
    }

    /** Sets whether the sender encrypts the stored data. */
    public DataSpec isSourceEncryptedAtRest(boolean value) {
        return set("isSourceEncryptedAtRest", value);
    }

    /** Puts the data on these flows (pytm's {@code carriedBy}). */
    public DataSpec carriedBy(DataflowSpec... flows) {
        return set("carriedBy", DataflowSpec.elements(flows));
    }

    /** Sets the elements that handle the data (the model check recomputes this from the flows). */
    public DataSpec processedBy(AbstractElementSpec<?>... elements) {
        return set("processedBy", Arrays.stream(elements).map(AbstractElementSpec::element).toList());
    }

    /** Sets whether the data is a stable identifier of a person or device (tmj's extension). */
    public DataSpec isIdentifier(boolean value) {
        return set("isIdentifier", value);
    }

    /** Sets why the personal data is processed (tmj's extension). */
    public DataSpec purpose(String value) {
        return set("purpose", value);
    }

    /** Sets the GDPR Art. 6 basis, such as consent or contract (tmj's extension). */
    public DataSpec lawfulBasis(String value) {
        return set("lawfulBasis", value);
    }

    /** Sets how long stored data is kept, such as 30 days or P30D (tmj's extension). */
    public DataSpec retention(String value) {
        return set("retention", value);
    }

    /** Sets whose personal data it is, such as customer (tmj's extension). */
    public DataSpec dataSubject(String value) {
        return set("dataSubject", value);
    }

    /** Sets where the data must stay, a jurisdiction such as EU (tmj's extension). */
    public DataSpec region(String value) {
        return set("region", value);
    }

    static List<Data> elements(DataSpec... data) {
        return Arrays.stream(data).map(DataSpec::data).toList();
    }

    @Override
    public String toString() {
        return data.label();
    }
}
