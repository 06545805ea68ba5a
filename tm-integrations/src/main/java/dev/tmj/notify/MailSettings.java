package dev.tmj.notify;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.SSLSocketFactory;

/**
 * How alerts are mailed: SMTP to {@code host:port}, always upgraded with STARTTLS before anything is sent (a server
 * that does not offer it gets nothing), from one address to some. The credentials are read from the environment
 * variables named here, only when the user variable is set (an internal relay may take mail without a login).
 *
 * @param host the SMTP server
 * @param port its submission port (587 usually)
 * @param from the sender's address
 * @param to the recipients' addresses
 * @param userVariable the environment variable holding the login ({@code SMTP_USERNAME})
 * @param passwordVariable the environment variable holding the password ({@code SMTP_PASSWORD})
 * @param connectTimeout how long to wait for the connection
 * @param timeout how long to wait for each answer
 * @param tls the TLS socket factory for STARTTLS; empty for the JDK's, which checks the server's certificate and
 *            name. Tests give one that trusts their own server's certificate, and then check no name.
 */
public record MailSettings(String host, int port, String from, List<String> to, String userVariable,
        String passwordVariable, Duration connectTimeout, Duration timeout, Optional<SSLSocketFactory> tls) {
    /** The port of mail submission with STARTTLS (RFC 6409). */
    public static final int SUBMISSION_PORT = 587;

    public MailSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(from, "from");
        to = List.copyOf(to);
        Objects.requireNonNull(userVariable, "userVariable");
        Objects.requireNonNull(passwordVariable, "passwordVariable");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(tls, "tls");
    }

    /** These settings with this TLS socket factory (tests: one that trusts the test server). */
    public MailSettings withTls(SSLSocketFactory factory) {
        return new MailSettings(host, port, from, to, userVariable, passwordVariable, connectTimeout, timeout,
                Optional.of(factory));
    }
}
