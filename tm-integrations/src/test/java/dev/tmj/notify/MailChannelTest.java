package dev.tmj.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.tmj.http.ApiException;
import dev.tmj.http.ApiSetupException;
import dev.tmj.threat.Severity;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * E-mail alerts received by a real SMTP server (GreenMail) after a real STARTTLS upgrade ({@link StartTlsFront}):
 * subject, recipients and plain-text body with file and line; a server without STARTTLS gets nothing; a refused
 * login fails without the password; an address with a line break is refused before anything is sent.
 */
@Timeout(60)
class MailChannelTest {
    private static final String PASSWORD = "pw0SmtpSecretThatMustNeverBePrinted";

    @RegisterExtension
    static final GreenMailExtension GREENMAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("alerts@example.org", "alerts", PASSWORD));

    private StartTlsFront front;

    @BeforeEach
    void startFront() throws Exception {
        front = new StartTlsFront(GREENMAIL.getSmtp().getPort());
    }

    @AfterEach
    void stopFront() {
        front.close();
    }

    private MailSettings settings(int port, List<String> to) throws Exception {
        return new MailSettings("127.0.0.1", port, "alerts@example.org", to, "SMTP_USERNAME", "SMTP_PASSWORD",
                Duration.ofSeconds(10), Duration.ofSeconds(10), Optional.empty())
                .withTls(StartTlsFront.trustingGreenMail());
    }

    private static Map<String, String> login(String password) {
        return Map.of("SMTP_USERNAME", "alerts", "SMTP_PASSWORD", password);
    }

    private static ApiException failure(Runnable send) {
        ApiException e = catchThrowableOfType(ApiException.class, send::run);
        assertThat(e).as("the send failed").isNotNull();
        StringWriter stack = new StringWriter();
        e.printStackTrace(new PrintWriter(stack));
        assertThat(stack.toString()).doesNotContain(PASSWORD);
        return e;
    }

    @Test
    void should_deliver_a_plain_text_mail_after_starttls() throws Exception {
        MailChannel mail = MailChannel.of(settings(front.port(), List.of("sec@example.org", "dev@example.org")),
                login(PASSWORD));
        AlertChannel.Message message = mail.messages(Hooks.digest(Hooks.alerts(2))).get(0);

        mail.send(message);

        assertThat(front.upgraded).hasValue(1);
        assertThat(front.refused).hasValue(0);
        MimeMessage[] received = GREENMAIL.getReceivedMessages();
        assertThat(received).hasSize(2);
        MimeMessage got = received[0];
        assertThat(got.getSubject()).isEqualTo("[tmj] 2 new threats at or above High in models/tm.py");
        assertThat(Arrays.stream(got.getRecipients(jakarta.mail.Message.RecipientType.TO)).map(Address::toString))
                .containsExactly("sec@example.org", "dev@example.org");
        assertThat(got.getFrom()[0].toString()).isEqualTo("alerts@example.org");
        assertThat(got.getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(got.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        // SMTP's end of data takes the last line break.
        assertThat(((String) got.getContent()).replace("\r\n", "\n")).isEqualTo("""
                tmj found 2 new threats at or above High in models/tm.py.

                Report: https://ci.example/runs/7?a=1&b=2

                Very High  INP02  Overflow Buffers
                  element: Web Server 0 (Server)
                  where:   models/tm.py:10
                  fingerprint: fp0000

                High  INP02  Overflow Buffers
                  element: Web Server 1 (Server)
                  where:   models/tm.py:11
                  fingerprint: fp0001

                -- \nSent by tmj notify: each finding is announced once per channel (docs/notify.md).""");
    }

    @Test
    void should_send_nothing_to_a_server_that_does_not_offer_starttls() throws Exception {
        MailChannel mail = MailChannel.of(settings(GREENMAIL.getSmtp().getPort(), List.of("sec@example.org")),
                login(PASSWORD));
        AlertChannel.Message message = mail.messages(Hooks.digest(Hooks.alerts(1))).get(0);

        ApiException e = failure(() -> mail.send(message));

        assertThat(e.getMessage()).startsWith("could not send mail via 127.0.0.1:" + GREENMAIL.getSmtp().getPort()
                + ": ").containsIgnoringCase("STARTTLS");
        assertThat(GREENMAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void should_fail_a_refused_login_without_the_password() throws Exception {
        String wrong = "wrong0" + PASSWORD;
        MailChannel mail = MailChannel.of(settings(front.port(), List.of("sec@example.org")), login(wrong));
        AlertChannel.Message message = mail.messages(Hooks.digest(Hooks.alerts(1))).get(0);

        ApiException e = failure(() -> mail.send(message));

        assertThat(e.getMessage()).startsWith("could not send mail via 127.0.0.1:").doesNotContain(wrong);
        assertThat(front.upgraded).hasValue(1);
        assertThat(GREENMAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void should_refuse_a_line_break_in_an_address_before_sending() throws Exception {
        ApiSetupException to = catchThrowableOfType(ApiSetupException.class, () -> MailChannel.of(
                settings(front.port(), List.of("sec@example.org\r\nBcc: evil@example.net")), login(PASSWORD)));
        ApiSetupException named = catchThrowableOfType(ApiSetupException.class, () -> MailChannel.of(
                settings(front.port(), List.of("Security <sec@example.org>")), login(PASSWORD)));

        assertThat(to.getMessage()).isEqualTo("--email 'sec@example.org Bcc: evil@example.net' holds a control "
                + "character (a line break would add a mail header): refused");
        assertThat(named.getMessage()).startsWith("--email 'Security <sec@example.org>' is not an e-mail address");
    }

    @Test
    void should_keep_a_subject_on_one_line_whatever_the_model_path() throws Exception {
        AlertDigest digest = new AlertDigest(List.of("models/a\r\nBcc: evil@example.net.py"), Severity.HIGH,
                Optional.empty(), Hooks.alerts(1));
        MailChannel mail = MailChannel.of(settings(front.port(), List.of("sec@example.org")), login(PASSWORD));

        mail.send(mail.messages(digest).get(0));

        MimeMessage got = GREENMAIL.getReceivedMessages()[0];
        assertThat(got.getSubject()).isEqualTo("[tmj] 1 new threat at or above High in models/a Bcc: "
                + "evil@example.net.py");
        assertThat(got.getHeader("Bcc")).isNull();
        assertThat(got.getAllRecipients()).hasSize(1);
    }

    @Test
    void should_name_the_channel_by_its_sorted_recipients() throws Exception {
        MailChannel mail = MailChannel.of(settings(front.port(), List.of("Sec@Example.org", "a@example.org")),
                Map.of());

        assertThat(mail.key()).isEqualTo("email:a@example.org,sec@example.org");
    }

    @Test
    void should_refuse_a_login_without_its_password() throws Exception {
        ApiSetupException e = catchThrowableOfType(ApiSetupException.class, () -> MailChannel.of(
                settings(front.port(), List.of("sec@example.org")), Map.of("SMTP_USERNAME", "alerts")));

        assertThat(e.getMessage()).isEqualTo("the environment variable SMTP_PASSWORD is not set: it must hold the "
                + "password of the SMTP login in SMTP_USERNAME");
    }
}
