package dev.tmj.iac.terraform;

import dev.tmj.iac.terraform.Declarations.Local;
import dev.tmj.iac.terraform.Declarations.Provider;
import dev.tmj.iac.terraform.Declarations.Variable;
import java.util.List;

/**
 * What {@link TerraformModel} makes a model from: a configuration read from {@code *.tf} files
 * ({@link TerraformConfig}) or a plan's JSON. Both name resources by their addresses and place every value.
 */
public interface TerraformResources {
    /** Every resource and data source instance, root module first, in file and block order. */
    List<Resource> resources();

    /** Every variable of every module read, with the value it has there. */
    List<Variable> variables();

    /** Every local of every module read, with its value. */
    List<Local> locals();

    /** Every provider block. */
    List<Provider> providers();

    /** The files read, as positions name them, in the order read. */
    List<String> files();
}
