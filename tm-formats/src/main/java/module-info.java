/**
 * Model and findings file formats: pytm scripts, pytm JSON, tmj JSON/YAML, pytm's findings JSON, the CI outputs
 * (SARIF, JUnit XML, GitLab Code Quality, the Markdown summary) and
 * {@code ModelFiles}, which reads any of them. Every package is API (its package-info says which classes).
 */
module dev.tmj.formats {
    requires transitive dev.tmj.core;
    // Terraform folders and Kubernetes manifests are models too (ModelFiles, IacInputs)
    requires dev.tmj.iac;
    // Streaming parsers and generators only (no databind); used by the classes named *Reader and *Writer.
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.dataformat.yaml;
    // LoaderOptions only: the code point limit of the YAML reader (ReadLimits)
    requires org.yaml.snakeyaml;

    exports dev.tmj.format;
    exports dev.tmj.format.ci;
    exports dev.tmj.format.json;
    exports dev.tmj.format.otm;
    exports dev.tmj.format.threagile;
    exports dev.tmj.format.script;
    exports dev.tmj.format.threatdragon;
}
