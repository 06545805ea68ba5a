/**
 * A Terraform configuration read statically, and the model made from it.
 * <p>
 * Reading: {@link dev.tmj.iac.terraform.TerraformConfig#read} reads a folder of {@code *.tf} files and the local
 * modules it calls into {@link dev.tmj.iac.terraform.Resource}s (addressed as Terraform addresses them, evaluated into
 * {@link dev.tmj.iac.terraform.BlockValue}s, with their references) and the
 * {@link dev.tmj.iac.terraform.Declarations} around them, with notes for what tmj does not run or fetch.
 * <p>
 * Mapping: {@link dev.tmj.iac.terraform.TerraformModel#addTo} hands the resources of each provider to that
 * provider's {@code ProviderMapping} (package-private): {@code provider()} is the prefix of its resource types
 * ({@code aws}), {@code knows(type)} says which types it models, and {@code map(resources, mapping)} receives all of
 * them at once and adds boundaries, elements, flows and IaC facts through {@code TerraformMapping} (elements by
 * address, references between resources, the account boundary, the Internet, flows made once). A new provider is a
 * sibling class (as {@code AwsResources} with its parts {@code AwsNetwork}, {@code AwsEntryPoints},
 * {@code AwsData}, {@code AwsIdentity}, {@code AwsSecrets}) listed in {@code TerraformModel.MAPPINGS}; a type no
 * mapping knows becomes a generic element. docs/terraform.md lists what each AWS type becomes.
 * <p>
 * API: {@code TerraformConfig}, {@code TerraformResources}, {@code TerraformModel}, {@code Resource},
 * {@code BlockValue}, {@code Declarations}; the rest is package-private.
 */
package dev.tmj.iac.terraform;
