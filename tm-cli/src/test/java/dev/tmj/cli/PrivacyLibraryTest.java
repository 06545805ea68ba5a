package dev.tmj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The privacy library from the command line: listed, chosen by name, excluded by SID, and never the default. */
class PrivacyLibraryTest {
    private static final String MODEL = """
            from pytm import *
            tm = TM("Shop")
            customer = Actor("Customer")
            shop = Process("Shop", region="EU")
            helpdesk = ExternalEntity("Helpdesk", region="US")
            address = Data("Address", isPII=True, purpose="delivery", lawfulBasis="contract", region="EU")
            order = Dataflow(customer, shop, "Order", data=[address])
            ticket = Dataflow(shop, helpdesk, "Ticket", data=[address])
            tm.process()
            """;

    @TempDir
    Path dir;

    @Test
    void should_list_the_privacy_library() {
        CliRun run = CliRun.of("--list", "--threats", "builtin:linddun");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines()).hasSize(24).first().isEqualTo("LDD01 - Identifier shared with several third parties");
        assertThat(run.out()).contains("LDD24 - Personal data transferred outside its region");
    }

    @Test
    void should_find_privacy_threats_with_builtin_all_and_none_with_the_default_library() throws IOException {
        Path model = Files.writeString(dir.resolve("tm.py"), MODEL);

        CliRun both = CliRun.of(model.toString(), "--threats", "builtin:all", "--json", "-");
        CliRun excluded = CliRun.of(model.toString(), "--threats", "builtin:all", "--exclude", "LDD24", "--json", "-");
        CliRun security = CliRun.of(model.toString(), "--json", "-");

        assertThat(both.exitCode()).as(both.err()).isZero();
        assertThat(both.out()).contains("\"linddun\": \"Non-compliance\"", "\"threat_id\": \"LDD24\"",
                "\"threat_id\": \"LDD12\"");
        assertThat(excluded.out()).contains("\"threat_id\": \"LDD12\"").doesNotContain("\"threat_id\": \"LDD24\"");
        assertThat(security.exitCode()).as(security.err()).isZero();
        assertThat(security.out()).doesNotContain("LDD", "\"linddun\"");
        assertThat(security.err()).doesNotContain("warning");
    }
}
