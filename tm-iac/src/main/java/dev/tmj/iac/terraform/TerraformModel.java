package dev.tmj.iac.terraform;

import dev.tmj.model.ElementType;
import dev.tmj.model.Model;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes model elements from Terraform resources: each managed resource becomes an element named by its address
 * ({@code aws_lb.web}, {@code module.db.aws_db_instance.main}, {@code aws_instance.app[0]}), located where its
 * block starts, inside the boundary of its cloud account (named after the provider, located at the provider block).
 * A provider's {@link ProviderMapping} decides what the types it knows become (docs/terraform.md); a resource type
 * no mapping knows becomes a generic element whose description says so: nothing is dropped.
 */
public final class TerraformModel {
    /** One mapping per provider; Azure and Google Cloud mappings are added here as siblings of AwsResources. */
    private static final List<ProviderMapping> MAPPINGS = List.of(new AwsResources(), new AzureResources(),
            new GoogleResources());

    private TerraformModel() {
    }

    /** Adds the elements of a configuration or plan to a model. */
    public static void addTo(Model model, TerraformResources input) {
        TerraformMapping mapping = new TerraformMapping(model, input);
        Map<ProviderMapping, List<Resource>> known = new LinkedHashMap<>();
        for (ProviderMapping provider : MAPPINGS) {
            // a provider block alone is an account: its keys and its audit trail are the mapping's to judge
            if (input.providers().stream().anyMatch(p -> p.name().equals(provider.provider()))) {
                known.put(provider, new ArrayList<>());
            }
        }
        for (Resource resource : input.resources()) {
            if (resource.mode() != Resource.Mode.MANAGED) {
                continue;
            }
            ProviderMapping provider = mappingOf(resource.type());
            if (provider == null) {
                mapping.element(resource, ElementType.ELEMENT,
                        mapping.account(TerraformMapping.provider(resource.type())),
                        "Terraform resource of type " + resource.type() + ", which tmj does not model");
            } else {
                known.computeIfAbsent(provider, p -> new ArrayList<>()).add(resource);
            }
        }
        known.forEach((provider, resources) -> provider.map(resources, mapping));
    }

    /** Whether a resource type is modelled by a provider mapping (else it becomes a generic element). */
    public static boolean knows(String type) {
        return mappingOf(type) != null;
    }

    private static ProviderMapping mappingOf(String type) {
        for (ProviderMapping provider : MAPPINGS) {
            if (TerraformMapping.provider(type).equals(provider.provider()) && provider.knows(type)) {
                return provider;
            }
        }
        return null;
    }
}
