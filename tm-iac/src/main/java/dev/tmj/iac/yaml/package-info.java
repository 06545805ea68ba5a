/**
 * The one YAML reader of the IaC importers: {@link dev.tmj.iac.yaml.YamlTree} turns a YAML stream into positioned
 * plain trees through snakeyaml-engine's events (anchors and aliases refused, depth and size bounded), with a
 * {@link dev.tmj.iac.yaml.YamlTags} policy per format for local tags (Kubernetes: none; CloudFormation: its
 * short-form functions). Internal to tm-iac: not exported.
 */
package dev.tmj.iac.yaml;
