/**
 * A Terraform configuration read statically: {@link dev.tmj.iac.terraform.TerraformConfig#read} reads a folder of
 * {@code *.tf} files and the local modules it calls into {@link dev.tmj.iac.terraform.Resource}s (addressed as
 * Terraform addresses them, evaluated into {@link dev.tmj.iac.terraform.BlockValue}s, with their references) and
 * the {@link dev.tmj.iac.terraform.Declarations} around them, with notes for what tmj does not run or fetch. API:
 * {@code TerraformConfig}, {@code Resource}, {@code BlockValue}, {@code Declarations}; the rest is package-private.
 */
package dev.tmj.iac.terraform;
