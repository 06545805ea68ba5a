package dev.tmj.dsl;

import dev.tmj.model.Controls;

/**
 * The security controls of an element, set fluently: {@code server.controls(c -> c.isHardened(true))}.
 * One method per pytm {@code Controls} field, so a misspelt control does not compile.
 */
public final class ControlsSpec {
    private final Controls controls;

    ControlsSpec(Controls controls) {
        this.controls = controls;
    }

    /** The model's controls object. */
    public Controls controls() {
        return controls;
    }

    /** Checks the destination's identity, for example by validating its certificate. */
    public ControlsSpec authenticatesDestination(boolean value) {
        controls.set("authenticatesDestination", value);
        return this;
    }

    /** Checks who sent the data before acting on it. */
    public ControlsSpec authenticatesSource(boolean value) {
        controls.set("authenticatesSource", value);
        return this;
    }

    /** The authentication scheme in use, for example OAuth2. */
    public ControlsSpec authenticationScheme(String value) {
        controls.set("authenticationScheme", value);
        return this;
    }

    /** Checks that the sender may do what it asks. */
    public ControlsSpec authorizesSource(boolean value) {
        controls.set("authorizesSource", value);
        return this;
    }

    /** Checks whether the destination's credentials were revoked. */
    public ControlsSpec checksDestinationRevocation(boolean value) {
        controls.set("checksDestinationRevocation", value);
        return this;
    }

    /** Rejects input larger or smaller than expected. */
    public ControlsSpec checksInputBounds(boolean value) {
        controls.set("checksInputBounds", value);
        return this;
    }

    /** Closes idle or slow connections after a set time. */
    public ControlsSpec definesConnectionTimeout(boolean value) {
        controls.set("definesConnectionTimeout", value);
        return this;
    }

    /** Turns off document type definitions in its XML parser. */
    public ControlsSpec disablesDTD(boolean value) {
        controls.set("disablesDTD", value);
        return this;
    }

    /** Forbids being framed by other sites. */
    public ControlsSpec disablesiFrames(boolean value) {
        controls.set("disablesiFrames", value);
        return this;
    }

    /** Encodes values written into protocol headers. */
    public ControlsSpec encodesHeaders(boolean value) {
        controls.set("encodesHeaders", value);
        return this;
    }

    /** Encodes output for the context it is shown in. */
    public ControlsSpec encodesOutput(boolean value) {
        controls.set("encodesOutput", value);
        return this;
    }

    /** Encrypts the cookies it sets. */
    public ControlsSpec encryptsCookies(boolean value) {
        controls.set("encryptsCookies", value);
        return this;
    }

    /** Encrypts session data it stores. */
    public ControlsSpec encryptsSessionData(boolean value) {
        controls.set("encryptsSessionData", value);
        return this;
    }

    /** Recovers from crashes without leaking state. */
    public ControlsSpec handlesCrashes(boolean value) {
        controls.set("handlesCrashes", value);
        return this;
    }

    /** Recovers from interrupted operations. */
    public ControlsSpec handlesInterruptions(boolean value) {
        controls.set("handlesInterruptions", value);
        return this;
    }

    /** Limits how much memory, CPU or disk one client can use. */
    public ControlsSpec handlesResourceConsumption(boolean value) {
        controls.set("handlesResourceConsumption", value);
        return this;
    }

    /** Restricts access to authorised callers. */
    public ControlsSpec hasAccessControl(boolean value) {
        controls.set("hasAccessControl", value);
        return this;
    }

    /** Implements an authentication scheme. */
    public ControlsSpec implementsAuthenticationScheme(boolean value) {
        controls.set("implementsAuthenticationScheme", value);
        return this;
    }

    /** Protects state-changing requests with anti-CSRF tokens. */
    public ControlsSpec implementsCSRFToken(boolean value) {
        controls.set("implementsCSRFToken", value);
        return this;
    }

    /** Uses single-use numbers to stop replayed messages. */
    public ControlsSpec implementsNonce(boolean value) {
        controls.set("implementsNonce", value);
        return this;
    }

    /** Runs with the least privilege it needs. */
    public ControlsSpec implementsPOLP(boolean value) {
        controls.set("implementsPOLP", value);
        return this;
    }

    /** Validates on the server, not only in the client. */
    public ControlsSpec implementsServerSideValidation(boolean value) {
        controls.set("implementsServerSideValidation", value);
        return this;
    }

    /** Rejects malformed or ambiguous HTTP requests. */
    public ControlsSpec implementsStrictHTTPValidation(boolean value) {
        controls.set("implementsStrictHTTPValidation", value);
        return this;
    }

    /** Filters script content out of input. */
    public ControlsSpec invokesScriptFilters(boolean value) {
        controls.set("invokesScriptFilters", value);
        return this;
    }

    /** Requires encrypted transport for data it receives. */
    public ControlsSpec isEncrypted(boolean value) {
        controls.set("isEncrypted", value);
        return this;
    }

    /** Encrypts the data it stores. */
    public ControlsSpec isEncryptedAtRest(boolean value) {
        controls.set("isEncryptedAtRest", value);
        return this;
    }

    /** Runs a hardened configuration. */
    public ControlsSpec isHardened(boolean value) {
        controls.set("isHardened", value);
        return this;
    }

    /** Keeps working when parts of it fail. */
    public ControlsSpec isResilient(boolean value) {
        controls.set("isResilient", value);
        return this;
    }

    /** Keeps the data it handles confidential. */
    public ControlsSpec providesConfidentiality(boolean value) {
        controls.set("providesConfidentiality", value);
        return this;
    }

    /** Detects tampering with the data it handles. */
    public ControlsSpec providesIntegrity(boolean value) {
        controls.set("providesIntegrity", value);
        return this;
    }

    /** Removes dangerous content from input. */
    public ControlsSpec sanitizesInput(boolean value) {
        controls.set("sanitizesInput", value);
        return this;
    }

    /** Tracks its execution flow. */
    public ControlsSpec tracksExecutionFlow(boolean value) {
        controls.set("tracksExecutionFlow", value);
        return this;
    }

    /** Runs only signed code. */
    public ControlsSpec usesCodeSigning(boolean value) {
        controls.set("usesCodeSigning", value);
        return this;
    }

    /** The encryption algorithm in use, for example AES. */
    public ControlsSpec usesEncryptionAlgorithm(String value) {
        controls.set("usesEncryptionAlgorithm", value);
        return this;
    }

    /** Requires more than one authentication factor. */
    public ControlsSpec usesMFA(boolean value) {
        controls.set("usesMFA", value);
        return this;
    }

    /** Passes input to interpreters as parameters, never as code. */
    public ControlsSpec usesParameterizedInput(boolean value) {
        controls.set("usesParameterizedInput", value);
        return this;
    }

    /** Avoids unsafe library functions. */
    public ControlsSpec usesSecureFunctions(boolean value) {
        controls.set("usesSecureFunctions", value);
        return this;
    }

    /** Uses long, random, unpredictable session identifiers. */
    public ControlsSpec usesStrongSessionIdentifiers(boolean value) {
        controls.set("usesStrongSessionIdentifiers", value);
        return this;
    }

    /** Communicates through a VPN. */
    public ControlsSpec usesVPN(boolean value) {
        controls.set("usesVPN", value);
        return this;
    }

    /** Checks the content type of what it receives. */
    public ControlsSpec validatesContentType(boolean value) {
        controls.set("validatesContentType", value);
        return this;
    }

    /** Validates protocol headers it receives. */
    public ControlsSpec validatesHeaders(boolean value) {
        controls.set("validatesHeaders", value);
        return this;
    }

    /** Validates input against what it expects. */
    public ControlsSpec validatesInput(boolean value) {
        controls.set("validatesInput", value);
        return this;
    }

    /** Verifies session identifiers on every request. */
    public ControlsSpec verifySessionIdentifiers(boolean value) {
        controls.set("verifySessionIdentifiers", value);
        return this;
    }
}
