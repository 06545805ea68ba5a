/**
 * Infrastructure as code: a reader of HCL2's native syntax ({@code dev.tmj.iac.hcl}) and the static evaluation of a
 * Terraform configuration on it ({@code dev.tmj.iac.terraform}). Nothing here runs Terraform, a provider or a
 * network call. Every package is API.
 */
module dev.tmj.iac {
    requires transitive dev.tmj.core;

    exports dev.tmj.iac.hcl;
    exports dev.tmj.iac.terraform;
}
