/**
 * Infrastructure as code: a reader of HCL2's native syntax ({@code dev.tmj.iac.hcl}) and the static evaluation of a
 * Terraform configuration on it ({@code dev.tmj.iac.terraform}), Terraform plan JSON
 * ({@code dev.tmj.iac.terraform.plan}), and Kubernetes manifests
 * ({@code dev.tmj.iac.kubernetes}). Nothing here runs Terraform, a provider or a
 * network call. Every package is API. Jackson's streaming parser reads Terraform plan JSON and the JSON held in
 * Terraform arguments.
 */
module dev.tmj.iac {
    requires transitive dev.tmj.core;
    // YAML 1.2 event parser with marks, for Kubernetes manifests (dev.tmj.iac.kubernetes)
    requires org.snakeyaml.engine;
    // JSON held in Terraform arguments (IAM and bucket policies, container definitions), read as a stream
    requires com.fasterxml.jackson.core;

    exports dev.tmj.iac;
    exports dev.tmj.iac.hcl;
    exports dev.tmj.iac.kubernetes;
    exports dev.tmj.iac.terraform;
    exports dev.tmj.iac.terraform.plan;
}
