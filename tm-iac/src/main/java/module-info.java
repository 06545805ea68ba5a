/**
 * Infrastructure as code: a reader of HCL2's native syntax ({@code dev.tmj.iac.hcl}) and the static evaluation of a
 * Terraform configuration on it ({@code dev.tmj.iac.terraform}), Terraform plan JSON
 * ({@code dev.tmj.iac.terraform.plan}), and Kubernetes manifests
 * ({@code dev.tmj.iac.kubernetes}). Nothing here runs Terraform, a provider or a
 * network call. Every package is API.
 */
module dev.tmj.iac {
    requires transitive dev.tmj.core;
    // YAML 1.2 event parser with marks, for Kubernetes manifests (dev.tmj.iac.kubernetes)
    requires org.snakeyaml.engine;
    // JSON streaming parser with token locations, for Terraform plan JSON (dev.tmj.iac.terraform.plan)
    requires com.fasterxml.jackson.core;

    exports dev.tmj.iac;
    exports dev.tmj.iac.hcl;
    exports dev.tmj.iac.kubernetes;
    exports dev.tmj.iac.terraform;
    exports dev.tmj.iac.terraform.plan;
}
