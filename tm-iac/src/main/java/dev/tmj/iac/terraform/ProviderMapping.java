package dev.tmj.iac.terraform;

import java.util.List;

/**
 * What one cloud provider's resources become in a model ({@link AwsResources} for {@code aws_*}). A sibling class
 * per provider (Azure, Google Cloud) implements it and is listed in {@link TerraformModel#MAPPINGS}; what they
 * share (elements by address, boundaries, flows made once, the account boundary, the Internet, references between
 * resources) is in {@link TerraformMapping}.
 * <p>
 * {@link TerraformModel} hands a mapping every managed resource of a type it {@link #knows}, in input order, at
 * once, so that it can make boundaries before the elements inside them and flows after both, whatever the order of
 * the files; a resource of a type no mapping knows becomes a generic element.
 */
interface ProviderMapping {
    /** The provider's prefix of resource types: {@code aws} for {@code aws_s3_bucket}. */
    String provider();

    /** Whether the mapping models resources of this type (else they become generic elements). */
    boolean knows(String type);

    /**
     * Adds what the resources become: elements, boundaries, nothing of their own for a rule or an attachment
     * folded into the elements it joins, the flows between them and the facts they show.
     */
    void map(List<Resource> resources, TerraformMapping mapping);
}
