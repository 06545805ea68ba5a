package dev.tmj.model;

import static dev.tmj.model.Attribute.of;
import static dev.tmj.model.ValueType.BOOLEAN;
import static dev.tmj.model.ValueType.STRING;

import java.util.List;

/** The 43 attributes of pytm's {@code Controls}, in pytm's (alphabetical) order. */
final class ControlsAttributes {
    static final List<Attribute> ALL = List.of(
            of("authenticatesDestination", BOOLEAN, false, "Checks the destination's identity, for example by validating its certificate"),
            of("authenticatesSource", BOOLEAN, false, "Checks who sent the data before acting on it"),
            of("authenticationScheme", STRING, "", "The authentication scheme in use, for example OAuth2"),
            of("authorizesSource", BOOLEAN, false, "Checks that the sender may do what it asks"),
            of("checksDestinationRevocation", BOOLEAN, false, "Checks whether the destination's credentials were revoked"),
            of("checksInputBounds", BOOLEAN, false, "Rejects input larger or smaller than expected"),
            of("definesConnectionTimeout", BOOLEAN, false, "Closes idle or slow connections after a set time"),
            of("disablesDTD", BOOLEAN, false, "Turns off document type definitions in its XML parser"),
            of("disablesiFrames", BOOLEAN, false, "Forbids being framed by other sites"),
            of("encodesHeaders", BOOLEAN, false, "Encodes values written into protocol headers"),
            of("encodesOutput", BOOLEAN, false, "Encodes output for the context it is shown in"),
            of("encryptsCookies", BOOLEAN, false, "Encrypts the cookies it sets"),
            of("encryptsSessionData", BOOLEAN, false, "Encrypts session data it stores"),
            of("handlesCrashes", BOOLEAN, false, "Recovers from crashes without leaking state"),
            of("handlesInterruptions", BOOLEAN, false, "Recovers from interrupted operations"),
            of("handlesResourceConsumption", BOOLEAN, false, "Limits how much memory, CPU or disk one client can use"),
            of("hasAccessControl", BOOLEAN, false, "Restricts access to authorised callers"),
            of("implementsAuthenticationScheme", BOOLEAN, false, "Implements an authentication scheme"),
            of("implementsCSRFToken", BOOLEAN, false, "Protects state-changing requests with anti-CSRF tokens"),
            of("implementsNonce", BOOLEAN, false, "Uses single-use numbers to stop replayed messages"),
            of("implementsPOLP", BOOLEAN, false, "Runs with the least privilege it needs"),
            of("implementsServerSideValidation", BOOLEAN, false, "Validates on the server, not only in the client"),
            of("implementsStrictHTTPValidation", BOOLEAN, false, "Rejects malformed or ambiguous HTTP requests"),
            of("invokesScriptFilters", BOOLEAN, false, "Filters script content out of input"),
            of("isEncrypted", BOOLEAN, false, "Requires encrypted transport for data it receives"),
            of("isEncryptedAtRest", BOOLEAN, false, "Encrypts the data it stores"),
            of("isHardened", BOOLEAN, false, "Runs a hardened configuration"),
            of("isResilient", BOOLEAN, false, "Keeps working when parts of it fail"),
            of("providesConfidentiality", BOOLEAN, false, "Keeps the data it handles confidential"),
            of("providesIntegrity", BOOLEAN, false, "Detects tampering with the data it handles"),
            of("sanitizesInput", BOOLEAN, false, "Removes dangerous content from input"),
            of("tracksExecutionFlow", BOOLEAN, false, "Tracks its execution flow"),
            of("usesCodeSigning", BOOLEAN, false, "Runs only signed code"),
            of("usesEncryptionAlgorithm", STRING, "", "The encryption algorithm in use, for example AES"),
            of("usesMFA", BOOLEAN, false, "Requires more than one authentication factor"),
            of("usesParameterizedInput", BOOLEAN, false, "Passes input to interpreters as parameters, never as code"),
            of("usesSecureFunctions", BOOLEAN, false, "Avoids unsafe library functions"),
            of("usesStrongSessionIdentifiers", BOOLEAN, false, "Uses long, random, unpredictable session identifiers"),
            of("usesVPN", BOOLEAN, false, "Communicates through a VPN"),
            of("validatesContentType", BOOLEAN, false, "Checks the content type of what it receives"),
            of("validatesHeaders", BOOLEAN, false, "Validates protocol headers it receives"),
            of("validatesInput", BOOLEAN, false, "Validates input against what it expects"),
            of("verifySessionIdentifiers", BOOLEAN, false, "Verifies session identifiers on every request"));

    private ControlsAttributes() {
    }
}
