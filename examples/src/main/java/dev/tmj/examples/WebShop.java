package dev.tmj.examples;

import static dev.tmj.model.Classification.PUBLIC;
import static dev.tmj.model.Classification.RESTRICTED;
import static dev.tmj.model.Classification.SECRET;
import static dev.tmj.model.Classification.SENSITIVE;
import static dev.tmj.model.TLSVersion.TLSv12;
import static dev.tmj.model.TLSVersion.TLSv13;

import dev.tmj.dsl.ThreatModel;
import dev.tmj.model.Assumption;
import dev.tmj.model.DatastoreType;
import dev.tmj.model.FindingOverride;
import dev.tmj.model.FindingStatus;
import dev.tmj.model.Lifetime;
import java.time.LocalDate;

/**
 * An online shop: customers browse the catalogue and check out through a CDN in front of the shop's API; the
 * API keeps orders in a managed PostgreSQL database and sessions in a Redis cache, and hands card payments to
 * an external payment provider, which confirms them by webhook. Staff administer the catalogue over the
 * corporate VPN. A web analytics service counts page views for visitors who consent. The privacy facts (region,
 * purpose, lawful basis, retention, access and erasure) feed the LINDDUN library ({@code builtin:linddun}).
 */
public final class WebShop {
    private WebShop() {
    }

    public static ThreatModel model() {
        var tm = ThreatModel.named("Web shop")
                .description("Customers browse and buy; card payments are handled by an external payment "
                        + "provider so that card numbers never reach the shop.")
                .assumptions(Assumption.named("Card data never reaches the shop")
                        .describedAs("The browser sends card numbers straight to the payment provider's hosted "
                                + "fields; the shop only sees a payment token."));

        var internet = tm.boundary("Internet");
        var edge = tm.boundary("CDN edge");
        var vpc = tm.boundary("Shop VPC");
        var dataTier = tm.boundary("Data tier").in(vpc);
        var corporate = tm.boundary("Corporate network");
        var provider = tm.boundary("Payment provider");
        var analyticsVendor = tm.boundary("Analytics vendor");

        var customer = tm.actor("Customer").in(internet).region("EU")
                .description("Anonymous or signed-in shopper using a web browser.");
        var admin = tm.actor("Shop admin").in(corporate).isAdmin(true)
                .description("Staff member who edits the catalogue and refunds orders.");

        var cdn = tm.server("CDN / web server").in(edge).region("EU")
                .description("Serves the storefront's static assets and caches catalogue pages; forwards /api "
                        + "to the shop API.")
                .protocol("HTTPS").port(443).usesCache(true).usesSessionTokens(true)
                .controls(c -> c.isHardened(true).encodesOutput(true).encodesHeaders(true)
                        .implementsStrictHTTPValidation(true).validatesHeaders(true).isEncrypted(true)
                        .handlesResourceConsumption(true).isResilient(true))
                .overrides(
                        FindingOverride.of("DS05").status(FindingStatus.ACCEPTED).owner("storefront-team")
                                .justification("Only anonymous catalogue pages are cached; account and checkout "
                                        + "pages send Cache-Control: private, no-store. Revisit when the cache "
                                        + "key rules move to the new CDN configuration.")
                                .expires(LocalDate.of(2027, 3, 31)),
                        FindingOverride.of("INP34").status(FindingStatus.FALSE_POSITIVE).owner("storefront-team")
                                .justification("The edge serves no SOAP endpoints."),
                        FindingOverride.of("INP16").status(FindingStatus.AVOIDED).owner("storefront-team")
                                .justification("The origin is a static bundle; no PHP or server-side includes "
                                        + "run at the edge."));

        var api = tm.process("Shop API").in(vpc).region("EU").offersDataAccess(true).offersDataErasure(true)
                .description("Catalogue, cart, checkout and order history (Java, Spring Boot).")
                .codeType("Managed").implementsAPI(true).environment("Production")
                .protocol("HTTPS").port(8443)
                .controls(c -> c.validatesInput(true).sanitizesInput(true).usesParameterizedInput(true)
                        .checksInputBounds(true).usesSecureFunctions(true).authenticatesSource(true)
                        .authorizesSource(true).hasAccessControl(true).implementsPOLP(true)
                        .implementsCSRFToken(true).verifySessionIdentifiers(true)
                        .usesStrongSessionIdentifiers(true).encryptsCookies(true).definesConnectionTimeout(true)
                        .implementsAuthenticationScheme(true).authenticationScheme("OIDC")
                        .implementsServerSideValidation(true).encodesOutput(true))
                .overrides(
                        FindingOverride.of("INP02").status(FindingStatus.MITIGATED).owner("checkout-team")
                                .justification("Runs on the JVM: every array access is bounds-checked."),
                        FindingOverride.of("API01").status(FindingStatus.MITIGATED).owner("checkout-team")
                                .justification("Actuator and debug endpoints are disabled in the production "
                                        + "profile; the build fails if one is exposed."),
                        FindingOverride.of("DO02").status(FindingStatus.TRANSFERRED).owner("platform-team")
                                .justification("Rate limiting and autoscaling are the CDN's and the cluster's "
                                        + "job (see the platform runbook)."));

        var payments = tm.externalEntity("Payment provider").in(provider).region("EU")
                .description("PCI DSS level 1 provider; tokenises cards and captures payments.");

        var db = tm.datastore("Orders DB").in(dataTier).region("EU")
                .description("Managed PostgreSQL: customers, addresses, orders and payment tokens.")
                .type(DatastoreType.SQL).isSQL(true).onRDS(true).storesPII(true).storesSensitiveData(true)
                .maxClassification(SENSITIVE).minTLSVersion(TLSv12)
                .controls(c -> c.isEncryptedAtRest(true).usesEncryptionAlgorithm("AES").hasAccessControl(true)
                        .authorizesSource(true).validatesInput(true).implementsPOLP(true))
                .overrides(FindingOverride.of("DO02").status(FindingStatus.TRANSFERRED).owner("platform-team")
                        .justification("Storage and connection limits are enforced by the managed database "
                                + "service."));

        var cache = tm.datastore("Session cache").in(dataTier).region("EU")
                .description("Redis holding sessions and carts.")
                .storesSensitiveData(true).hasWriteAccess(true)
                .maxClassification(SECRET).minTLSVersion(TLSv12)
                .controls(c -> c.isEncryptedAtRest(false).hasAccessControl(true).authorizesSource(true));

        var analytics = tm.externalEntity("Web analytics").in(analyticsVendor).region("US").tracksUsers(true)
                .description("Hosted analytics: page views and conversions of visitors who accepted statistics "
                        + "cookies.");

        var catalogue = tm.data("Catalogue page").format("HTML").classification(PUBLIC);
        var profile = tm.data("Customer profile").format("JSON").classification(SENSITIVE).isPII(true)
                .isStored(true).isDestEncryptedAtRest(true)
                .description("Name, e-mail, shipping addresses, order history.")
                .isIdentifier(true).purpose("Customer accounts, orders and delivery").lawfulBasis("contract")
                .retention("P6Y").dataSubject("customer").region("EU");
        var pageView = tm.data("Page-view event").format("JSON").classification(RESTRICTED).isPII(true)
                .isIdentifier(true).purpose("Conversion statistics").lawfulBasis("consent").retention("13 months")
                .dataSubject("visitor").region("EU")
                .description("Page, referrer and a pseudonymous visitor id from the analytics cookie.");
        var order = tm.data("Order").format("JSON").classification(RESTRICTED).isStored(true);
        var session = tm.data("Session cookie").classification(SECRET).isCredentials(true)
                .credentialsLife(Lifetime.SHORT);
        var paymentToken = tm.data("Payment token").format("JSON").classification(SECRET)
                .description("The provider's one-time token for a card; not a card number.");
        var dbPassword = tm.data("Database credentials").classification(SECRET).isCredentials(true)
                .credentialsLife(Lifetime.AUTO).description("Short-lived IAM database token.");
        var adminSession = tm.data("Admin SSO token").classification(SECRET).isCredentials(true)
                .credentialsLife(Lifetime.SHORT);

        // TLS terminates at each of these, so flows to them are encrypted.
        api.controls(c -> c.isEncrypted(true));
        db.controls(c -> c.isEncrypted(true));
        cache.controls(c -> c.isEncrypted(true));
        payments.controls(c -> c.isEncrypted(true));

        var browse = tm.dataflow(customer, cdn, "Browse and check out")
                .protocol("HTTPS").dstPort(443).tlsVersion(TLSv13).usesSessionTokens(true)
                .data(session, order, profile);
        tm.dataflow(cdn, customer, "Pages and API responses").protocol("HTTPS").tlsVersion(TLSv13)
                .responseTo(browse).data(catalogue, profile);
        var forward = tm.dataflow(cdn, api, "Forward API calls")
                .protocol("HTTPS").dstPort(8443).tlsVersion(TLSv12).usesSessionTokens(true)
                .data(session, order, profile);
        tm.dataflow(api, cdn, "API responses").protocol("HTTPS").tlsVersion(TLSv12).responseTo(forward)
                .data(order, profile);
        var query = tm.dataflow(api, db, "Read and write orders")
                .protocol("PostgreSQL").dstPort(5432).tlsVersion(TLSv12).data(order, profile, dbPassword);
        tm.dataflow(db, api, "Query results").protocol("PostgreSQL").tlsVersion(TLSv12).responseTo(query)
                .data(order, profile);
        tm.dataflow(api, cache, "Session lookup")
                .protocol("RESP").dstPort(6379).tlsVersion(TLSv12).data(session)
                .overrides(FindingOverride.of("AC23").status(FindingStatus.FALSE_POSITIVE).owner("checkout-team")
                        .justification("Session ids expire after 30 minutes of inactivity and are revoked at "
                                + "sign-out."));
        var pay = tm.dataflow(api, payments, "Create payment intent")
                .protocol("HTTPS").dstPort(443).tlsVersion(TLSv13).data(paymentToken, order)
                .overrides(FindingOverride.of("DE03").status(FindingStatus.TRANSFERRED).owner("checkout-team")
                        .justification("Mutual TLS to the provider's API; the provider is responsible for its "
                                + "side of the channel under the PCI DSS contract."));
        tm.dataflow(payments, api, "Payment result").protocol("HTTPS").tlsVersion(TLSv13).responseTo(pay)
                .data(order);
        tm.dataflow(payments, api, "Payment webhook").protocol("HTTPS").dstPort(8443).tlsVersion(TLSv12)
                .data(order).note("Signed with the provider's HMAC key.");
        analytics.controls(c -> c.isEncrypted(true));
        tm.dataflow(customer, analytics, "Page-view beacon").protocol("HTTPS").dstPort(443).tlsVersion(TLSv13)
                .data(pageView)
                .overrides(
                        FindingOverride.of("LDD11").status(FindingStatus.ACCEPTED).owner("privacy-office")
                                .justification("The beacon loads only after the visitor accepts statistics "
                                        + "cookies; a first-party proxy that strips IP addresses is planned.")
                                .expires(LocalDate.of(2027, 6, 30)),
                        FindingOverride.of("LDD24").status(FindingStatus.TRANSFERRED).owner("privacy-office")
                                .justification("Standard contractual clauses with the vendor; visitor ids are "
                                        + "pseudonymous and IP addresses are truncated at collection."));
        tm.dataflow(admin, api, "Manage catalogue and refunds")
                .protocol("HTTPS").dstPort(8443).tlsVersion(TLSv13).usesVPN(true).data(adminSession, order);
        return tm;
    }
}
