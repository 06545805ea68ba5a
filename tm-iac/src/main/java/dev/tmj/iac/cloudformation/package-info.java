/**
 * CloudFormation and SAM templates read statically and mapped to a model:
 * {@link dev.tmj.iac.cloudformation.CloudFormationTemplate#read} reads YAML (with the short-form tags) or JSON into
 * resources, parameters and outputs with the position of every value and the {@code Ref}/{@code Fn::GetAtt}/
 * {@code Fn::Sub} references between them; {@link dev.tmj.iac.cloudformation.CloudFormationModel#addTo} adds elements
 * named by logical id, flows and IaC facts to a model. Nothing is run or fetched: macros and {@code AWS::Include}
 * become notes. API: {@code CloudFormationTemplate}, its records, {@code CloudFormationModel},
 * {@code CloudFormationException}; the rest is package-private.
 */
package dev.tmj.iac.cloudformation;
