package dev.tmj.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tmj.model.ElementType;
import dev.tmj.model.Impact;
import dev.tmj.model.TLSVersion;
import org.junit.jupiter.api.Test;

class ThreatModelTest {

    @Test
    void should_build_the_model_the_dsl_describes() {
        var tm = ThreatModel.named("Shop").ordered();
        var vpc = tm.boundary("VPC");
        var user = tm.actor("User");
        var web = tm.server("Web").in(vpc).os("Debian").controls(c -> c.isHardened(true));
        var order = tm.data("Order").isPII(true);
        var flow = tm.dataflow(user, web, "Buy").protocol("HTTPS").tlsVersion(TLSVersion.TLSv13).data(order);

        assertThat(tm.model().isOrdered()).isTrue();
        assertThat(web.element().type()).isEqualTo(ElementType.SERVER);
        assertThat(web.element().get("OS")).isEqualTo("Debian");
        assertThat(web.element().inBoundary()).contains(vpc.element());
        assertThat(web.element().controls().is("isHardened")).isTrue();
        assertThat(flow.source()).isSameAs(user.element());
        assertThat(flow.element().get("data")).isEqualTo(java.util.List.of(order.data()));
        assertThat(tm.model().elements()).extracting(e -> e.name()).containsExactly("VPC", "User", "Web", "Buy");
    }

    @Test
    void should_record_the_java_line_that_declared_each_element() {
        var tm = ThreatModel.named("m");
        var web = tm.server("Web"); int line = new Throwable().getStackTrace()[0].getLineNumber();

        assertThat(web.element().location()).hasValueSatisfying(location -> {
            assertThat(location.file()).isEqualTo("ThreatModelTest.java");
            assertThat(location.line()).isEqualTo(line);
        });
    }

    @Test
    void should_set_an_elements_business_impact_and_rank_its_findings_by_it() {
        var tm = ThreatModel.named("m");
        var user = tm.actor("User");
        var web = tm.server("Web").impact(Impact.CRITICAL);
        tm.dataflow(user, web, "Login").impact(Impact.LOW);

        var findings = tm.resolve(dev.tmj.threat.ThreatLibrary.builtIn());

        assertThat(web.element().get("impact")).isEqualTo(Impact.CRITICAL);
        assertThat(findings.findings()).filteredOn(f -> f.target().equals("Web")).isNotEmpty()
                .allSatisfy(f -> assertThat(f.risk().impact()).isEqualTo(Impact.CRITICAL));
        assertThat(findings.findings()).filteredOn(f -> f.target().equals("Login")).isNotEmpty()
                .allSatisfy(f -> assertThat(f.risk().impact()).isEqualTo(Impact.LOW));
    }
}
