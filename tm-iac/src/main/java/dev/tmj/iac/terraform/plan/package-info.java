/**
 * A Terraform plan's JSON ({@code terraform show -json PLANFILE}) read statically:
 * {@link dev.tmj.iac.terraform.plan.TerraformPlan#read} gives the resources of {@code planned_values} (values unknown
 * at plan time kept unknown, values the plan marks sensitive never copied) with the references of
 * {@code configuration}, as a {@link dev.tmj.iac.terraform.TerraformResources}, so that the mapping of a
 * configuration read from {@code *.tf} files serves a plan unchanged. Jackson's streaming parser is used in
 * {@code PlanJsonReader} only. API: {@code TerraformPlan}, {@code PlanException}; the rest is package-private.
 */
package dev.tmj.iac.terraform.plan;
