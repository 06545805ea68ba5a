package dev.tmj.iac.terraform.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The hand-written plan fixtures of this package's test resources. */
final class PlanFixtures {
    /** Secrets the fixture holds in sensitive values, a sensitive variable, a change's after and prior_state. */
    static final String[] SECRETS = {"Hunter2-plan-secret-7731", "tok-plan-secret-4410"};

    private PlanFixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = PlanFixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    /** The shop plan: root resources with count and for_each, a data source, nested and for_each modules. */
    static TerraformPlan shop() throws PlanException {
        return TerraformPlan.read(bytes("shop-plan.json"), "infra/shop-plan.json");
    }
}
