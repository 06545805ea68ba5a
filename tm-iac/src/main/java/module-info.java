/**
 * Infrastructure as code: a reader of HCL2's native syntax ({@code dev.tmj.iac.hcl}) and the static evaluation of a
 * Terraform configuration on it ({@code dev.tmj.iac.terraform}), Terraform plan JSON
 * ({@code dev.tmj.iac.terraform.plan}), Kubernetes manifests ({@code dev.tmj.iac.kubernetes}) and CloudFormation
 * templates ({@code dev.tmj.iac.cloudformation}). Nothing here runs Terraform, a provider, a CloudFormation macro or
 * a network call. Every package is API except {@code dev.tmj.iac.yaml}, the one YAML reader they share.
 */
module dev.tmj.iac {
    requires transitive dev.tmj.core;
    // YAML 1.2 event parser with marks, for Kubernetes manifests and CloudFormation templates (dev.tmj.iac.yaml)
    requires org.snakeyaml.engine;
    // JSON read as a stream with locations: Terraform plans, policies held in Terraform arguments, CloudFormation
    // templates in JSON
    requires com.fasterxml.jackson.core;

    exports dev.tmj.iac;
    exports dev.tmj.iac.cloudformation;
    exports dev.tmj.iac.hcl;
    exports dev.tmj.iac.kubernetes;
    exports dev.tmj.iac.terraform;
    exports dev.tmj.iac.terraform.plan;
}
