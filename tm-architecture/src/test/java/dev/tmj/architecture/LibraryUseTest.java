package dev.tmj.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.assertj.core.api.AbstractAssert;

/** Where each third-party library may be used, so that each stays at the edge that needs it. */
@AnalyzeClasses(packages = "dev.tmj", importOptions = ImportOption.DoNotIncludeTests.class)
class LibraryUseTest {

    @ArchTest
    static final ArchRule jackson_only_in_file_readers_and_writers = noClasses()
            .that().haveSimpleNameNotEndingWith("Reader").and().haveSimpleNameNotEndingWith("Writer")
            .and().resideOutsideOfPackage("dev.tmj.report..")
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
            .because("file formats stay at the edges: the model is format-free, and binding a model from a "
                    + "located tree needs no Jackson");

    @ArchTest
    static final ArchRule reports_use_at_most_jacksons_streaming_api = noClasses()
            .that().resideInAPackage("dev.tmj.report..")
            .should().dependOnClassesThat(resideInAPackage("com.fasterxml.jackson..")
                    .and(not(resideInAPackage("com.fasterxml.jackson.core.."))))
            .because("a report may write the JSON it embeds with Jackson's JsonGenerator, but binds nothing");

    @ArchTest
    static final ArchRule picocli_only_in_the_cli = noClasses()
            .that().resideOutsideOfPackage("dev.tmj.cli..")
            .should().dependOnClassesThat().resideInAPackage("picocli..")
            .because("the command line is the only picocli application");

    @ArchTest
    static final ArchRule infrastructure_code_readers_make_no_network_call = noClasses()
            .that().resideInAPackage("dev.tmj.iac..")
            .should().dependOnClassesThat().resideInAnyPackage("java.net..", "javax.net..")
            .because("tmj never fetches what infrastructure code names: remote modules, data \"http\" and the like"
                    + " are recorded as notes");

    @ArchTest
    static final ArchRule snakeyaml_engine_only_in_the_iac_yaml_reader = noClasses()
            .that().resideOutsideOfPackage("dev.tmj.iac.yaml..")
            .should().dependOnClassesThat().resideInAPackage("org.snakeyaml.engine..")
            .because("Kubernetes manifests and CloudFormation templates are read through one reader of"
                    + " snakeyaml-engine's events into positioned plain trees (YamlTree, with a tag policy per format);"
                    + " tm-formats reads YAML with Jackson");

    @ArchTest
    static final ArchRule only_the_data_flow_diagrams_and_tmj_diff_start_a_program = noClasses()
            .that().resideOutsideOfPackage("dev.tmj.dfd..")
            .and().doNotHaveFullyQualifiedName("dev.tmj.cli.GitRevisionFile")
            .and().doNotHaveFullyQualifiedName("dev.tmj.cli.GitCommit")
            .should().dependOnClassesThat().belongToAnyOf(ProcessBuilder.class)
            .orShould().callMethodWhere(target(owner(assignableTo(Runtime.class))).and(target(name("exec"))))
            .because("the programs tmj runs are Graphviz's dot, to lay the data-flow diagram out (DotProcess), and"
                    + " git cat-file for tmj diff's REV:PATH (GitRevisionFile), git rev-parse, symbolic-ref and log for"
                    + " the commit a recorded run was made on (GitCommit), each with a fixed argument array;"
                    + " nothing is executed because an input says so");

    @ArchTest
    static final ArchRule only_the_http_layer_opens_network_connections = noClasses()
            .that().resideOutsideOfPackage("dev.tmj.http..")
            .should().dependOnClassesThat().resideInAPackage("java.net.http..")
            .orShould().dependOnClassesThat().areAssignableTo(java.net.Socket.class)
            .orShould().dependOnClassesThat().areAssignableTo(java.net.URLConnection.class)
            .orShould().callMethod(java.net.URL.class, "openConnection")
            .orShould().callMethod(java.net.URL.class, "openStream")
            .because("tmj reaches the network only to post where the user asked (tm-integrations' HttpApi, which "
                    + "keeps the token to its host); nothing is fetched because an input says so");

    @ArchTest
    static final ArchRule mail_only_in_the_alerts = noClasses()
            .that().resideOutsideOfPackage("dev.tmj.notify..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.mail..", "org.eclipse.angus..")
            .because("e-mail alerts are the one connection tmj opens outside dev.tmj.http: SMTP, upgraded with "
                    + "STARTTLS before anything is sent, is Jakarta Mail's own transport, used by MailChannel alone "
                    + "(docs/notify.md); every other request goes through HttpApi");

    @ArchTest
    static final ArchRule jdbc_only_in_the_history = noClasses()
            .that().resideOutsideOfPackage("dev.tmj.history..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.flywaydb..",
                    "org.sqlite..", "org.postgresql..")
            .because("tm-history is the one module that talks to a database (docs/history.md); everything else "
                    + "records and reads runs through HistoryStore");

    @ArchTest
    static final ArchRule plantuml_only_in_the_diagrams = noClasses()
            .that().resideOutsideOfPackages("dev.tmj.dfd..", "dev.tmj.sequence..")
            .should().dependOnClassesThat().resideInAPackage("net.sourceforge.plantuml..")
            .because("PlantUML draws sequence diagrams and, without dot, data-flow diagrams");

    @ArchTest
    static final ArchRule mustache_only_in_tmjs_reports = noClasses()
            .that().resideOutsideOfPackage("dev.tmj.report.html..")
            .should().dependOnClassesThat().resideInAPackage("com.github.mustachejava..")
            .because("only tmj's HTML and Markdown reports are mustache templates");

    @ArchTest
    static final ArchRule junit_and_assertj_only_in_the_test_support = noClasses()
            .that().resideOutsideOfPackage("dev.tmj.test..")
            .should().dependOnClassesThat().resideInAnyPackage("org.junit..", "org.assertj..", "org.opentest4j..")
            .because("test libraries are not on a model's run-time class path");

    @ArchTest
    static final ArchRule no_assertj_internals = noClasses()
            .should().dependOnClassesThat().resideInAPackage("org.assertj.core.internal..")
            .because("AssertJ does not export its internals; they may change in any release");

    @ArchTest
    static final ArchRule every_threat_model_assertion_fails_through_the_one_failure_helper = classes()
            .that().resideInAPackage("dev.tmj.test..").and().areAssignableTo(AbstractAssert.class)
            .should().beAssignableTo("dev.tmj.test.AbstractTmjAssert")
            .because("AbstractTmjAssert is where tmj's assertions turn a failure message into an AssertionError");
}
