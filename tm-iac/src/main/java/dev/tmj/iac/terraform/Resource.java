package dev.tmj.iac.terraform;

import dev.tmj.iac.hcl.Value;
import dev.tmj.model.SourcePosition;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * One resource or data source instance of a configuration, named by its address as Terraform names it:
 * {@code aws_instance.app[0]}, {@code aws_s3_bucket.b["x"]}, {@code data.aws_iam_policy_document.p},
 * {@code module.db.aws_db_instance.main}.
 *
 * @param address its full address
 * @param mode managed resource or data source
 * @param type the resource type ({@code aws_s3_bucket})
 * @param name its name in the configuration
 * @param module the address of the module holding it ({@code module.db}), empty in the root module
 * @param key its {@code count} index (a number) or {@code for_each} key (a string), or null when it has neither
 * @param body its evaluated attributes and nested blocks; the block's position is where the resource starts
 * @param references the resources, data sources and modules it refers to, by address without instance key
 *     ({@code aws_security_group.web}), also through locals and module variables, sorted
 */
public record Resource(String address, Mode mode, String type, String name, String module, Value key, BlockValue body,
        Set<String> references) {

    public Resource {
        references = Collections.unmodifiableSet(new TreeSet<>(references));
    }

    /** A {@code resource} block, or a {@code data} block. */
    public enum Mode {
        MANAGED, DATA
    }

    /** Where the resource's block starts. */
    public SourcePosition position() {
        return body.position();
    }

    /** The address without the instance key: {@code aws_instance.app} for {@code aws_instance.app[0]}. */
    public String baseAddress() {
        return (module.isEmpty() ? "" : module + ".") + (mode == Mode.DATA ? "data." : "") + type + "." + name;
    }
}
