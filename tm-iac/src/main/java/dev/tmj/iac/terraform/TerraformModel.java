package dev.tmj.iac.terraform;

import dev.tmj.iac.IacModel;
import dev.tmj.model.Element;
import dev.tmj.model.ElementType;
import dev.tmj.model.Model;
import dev.tmj.model.SourcePosition;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Makes model elements from Terraform resources: each managed resource becomes an element named by its address
 * ({@code aws_lb.web}, {@code module.db.aws_db_instance.main}, {@code aws_instance.app[0]}), located where its
 * block starts, inside the boundary of its cloud account (named after the provider, located at the provider block).
 * A resource type tmj does not model becomes a generic element whose description says so; nothing is dropped.
 */
public final class TerraformModel {
    private static final Map<String, String> ACCOUNTS = Map.of(
            "aws", "AWS account", "azurerm", "Azure subscription", "google", "Google Cloud project");

    private final Model model;
    private final TerraformResources input;
    private final Map<String, Element> accounts = new LinkedHashMap<>();

    private TerraformModel(Model model, TerraformResources input) {
        this.model = model;
        this.input = input;
    }

    /** Adds the elements of a configuration or plan to a model. */
    public static void addTo(Model model, TerraformResources input) {
        new TerraformModel(model, input).add();
    }

    private void add() {
        for (Resource resource : input.resources()) {
            if (resource.mode() != Resource.Mode.MANAGED) {
                continue;
            }
            Element element = IacModel.element(model, ElementType.ELEMENT, resource.address(), resource.type(),
                    resource.position());
            element.set("description", "Terraform resource of type " + resource.type() + ", which tmj does not model");
            element.set("inBoundary", account(resource.type()));
        }
    }

    /** The account boundary of a resource type's provider ({@code aws_s3_bucket}: "AWS account"). */
    private Element account(String type) {
        String provider = type.contains("_") ? type.substring(0, type.indexOf('_')) : type;
        return accounts.computeIfAbsent(provider, p -> {
            String name = ACCOUNTS.getOrDefault(p, p + " provider");
            SourcePosition at = input.providers().stream().filter(b -> b.name().equals(p)).findFirst()
                    .map(Declarations.Provider::position)
                    .orElseGet(() -> SourcePosition.of(input.files().isEmpty() ? "" : input.files().get(0), 1, 1));
            return IacModel.boundary(model, name, null, "provider " + p, at);
        });
    }
}
