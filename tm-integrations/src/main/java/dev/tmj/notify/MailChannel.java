package dev.tmj.notify;

import dev.tmj.http.ApiException;
import dev.tmj.http.ApiSetupException;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;

/**
 * E-mail recipients, over SMTP with STARTTLS required (Angus Mail, the Jakarta Mail implementation): a digest is
 * one plain-text mail ({@link MailText}) to all recipients. Addresses are checked strictly before anything is
 * read or sent; a control character in any of them (a header injection) is refused. The password never appears in
 * a message: it is read from the environment and removed from any error text.
 */
public final class MailChannel implements AlertChannel {
    private final MailSettings settings;
    private final InternetAddress from;
    private final List<InternetAddress> to;
    private final Optional<String> user;
    private final Optional<String> password;

    private MailChannel(MailSettings settings, InternetAddress from, List<InternetAddress> to, Optional<String> user,
            Optional<String> password) {
        this.settings = settings;
        this.from = from;
        this.to = List.copyOf(to);
        this.user = user;
        this.password = password;
    }

    /**
     * The recipients of these settings, with the credentials from the environment.
     *
     * @throws ApiSetupException for a missing host or sender, a port outside 1 to 65535, an address that is not
     *     one plain address (or holds a line break), or a login without its password
     */
    public static MailChannel of(MailSettings settings, Map<String, String> env) {
        if (settings.host().isBlank() || !settings.host().matches("[A-Za-z0-9.:\\[\\]-]+")) {
            throw new ApiSetupException("--smtp-host must name the SMTP server (a host name or address)");
        }
        if (settings.port() < 1 || settings.port() > 65_535) {
            throw new ApiSetupException("--smtp-port must be 1 to 65535, not " + settings.port());
        }
        InternetAddress from = address(settings.from(), "--smtp-from");
        if (settings.to().isEmpty()) {
            throw new ApiSetupException("--email needs at least one address");
        }
        List<InternetAddress> to = new ArrayList<>();
        for (String address : settings.to()) {
            to.add(address(address, "--email"));
        }
        Optional<String> user = Optional.ofNullable(env.get(settings.userVariable())).map(String::strip)
                .filter(s -> !s.isEmpty());
        Optional<String> password = Optional.ofNullable(env.get(settings.passwordVariable()))
                .filter(s -> !s.isEmpty());
        if (user.isPresent() && password.isEmpty()) {
            throw new ApiSetupException("the environment variable " + settings.passwordVariable() + " is not set: "
                    + "it must hold the password of the SMTP login in " + settings.userVariable());
        }
        return new MailChannel(settings, from, to, user, password);
    }

    private static InternetAddress address(String text, String option) {
        if (text == null || text.isBlank()) {
            throw new ApiSetupException(option + " needs an e-mail address");
        }
        String shown = AlertText.line(text, 100);
        if (text.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new ApiSetupException(option + " '" + shown + "' holds a control character (a line break would "
                    + "add a mail header): refused");
        }
        try {
            InternetAddress address = new InternetAddress(text.strip(), true);
            address.validate();
            if (address.isGroup() || address.getPersonal() != null) {
                throw new AddressException("a plain address is expected, without a name or group");
            }
            return address;
        } catch (AddressException e) {
            throw new ApiSetupException(option + " '" + shown + "' is not an e-mail address: "
                    + AlertText.line(e.getMessage(), 200));
        }
    }

    @Override
    public String key() {
        TreeSet<String> sorted = new TreeSet<>();
        to.forEach(a -> sorted.add(a.getAddress().toLowerCase(java.util.Locale.ROOT)));
        return "email:" + String.join(",", sorted);
    }

    @Override
    public String describe() {
        return "e-mail to " + String.join(", ", to.stream().map(InternetAddress::getAddress).toList()) + " via "
                + settings.host() + ":" + settings.port();
    }

    @Override
    public List<Message> messages(AlertDigest digest) {
        return List.of(new Message(MailText.subject(digest), MailText.body(digest),
                digest.alerts().stream().map(Alert::fingerprint).toList()));
    }

    @Override
    public void send(Message message) {
        Session session = Session.getInstance(properties());
        try {
            MimeMessage mail = new MimeMessage(session);
            mail.setFrom(from);
            mail.setRecipients(RecipientType.TO, to.toArray(InternetAddress[]::new));
            mail.setSubject(message.subject(), "UTF-8");
            // RFC 3834: an automatic message, so that auto-responders stay quiet.
            mail.setHeader("Auto-Submitted", "auto-generated");
            mail.setText(message.body(), "UTF-8", "plain");
            mail.saveChanges();
            try (Transport transport = session.getTransport("smtp")) {
                transport.connect(settings.host(), settings.port(), user.orElse(null), password.orElse(null));
                transport.sendMessage(mail, mail.getAllRecipients());
            }
        } catch (MessagingException e) {
            throw new ApiException(redact("could not send mail via " + settings.host() + ":" + settings.port() + ": "
                    + reason(e)), 0, null);
        }
    }

    private Properties properties() {
        Properties p = new Properties();
        p.put("mail.smtp.host", settings.host());
        p.put("mail.smtp.port", Integer.toString(settings.port()));
        p.put("mail.smtp.starttls.enable", "true");
        p.put("mail.smtp.starttls.required", "true");
        p.put("mail.smtp.auth", Boolean.toString(user.isPresent()));
        p.put("mail.smtp.connectiontimeout", Long.toString(settings.connectTimeout().toMillis()));
        p.put("mail.smtp.timeout", Long.toString(settings.timeout().toMillis()));
        p.put("mail.smtp.writetimeout", Long.toString(settings.timeout().toMillis()));
        if (settings.tls().isPresent()) {
            p.put("mail.smtp.ssl.socketFactory", settings.tls().get());
            p.put("mail.smtp.ssl.checkserveridentity", "false");
        } else {
            p.put("mail.smtp.ssl.checkserveridentity", "true");
        }
        return p;
    }

    /** The failure and its causes' messages, one line each joined: the server's answer is usually at the bottom. */
    private static String reason(Throwable e) {
        List<String> parts = new ArrayList<>();
        for (Throwable t = e; t != null && parts.size() < 4; t = t.getCause()) {
            String text = t.getMessage() == null ? t.getClass().getSimpleName() : AlertText.line(t.getMessage(), 200);
            if (!parts.contains(text)) {
                parts.add(text);
            }
        }
        return String.join(": ", parts);
    }

    private String redact(String text) {
        String redacted = text;
        if (password.isPresent() && password.get().strip().length() > 0) {
            redacted = redacted.replace(password.get(), "[" + settings.passwordVariable() + "]");
        }
        return redacted;
    }
}
