package dev.tmj.notify;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * The STARTTLS step (RFC 3207) in front of GreenMail, whose SMTP server speaks plain SMTP and SMTPS but not
 * STARTTLS: it greets, offers only STARTTLS, refuses every other command with 530, upgrades the connection with
 * GreenMail's own test certificate, and then joins the encrypted connection to GreenMail's SMTP server, which
 * receives the rest of the session (EHLO again, AUTH, MAIL, RCPT, DATA) as usual.
 */
final class StartTlsFront implements AutoCloseable {
    private static final char[] PASSWORD = "changeit".toCharArray();

    private final ServerSocket server;
    private final int backend;
    private final SSLContext context;
    /** How many connections were upgraded to TLS. */
    final AtomicInteger upgraded = new AtomicInteger();
    /** How many commands were refused for coming before STARTTLS. */
    final AtomicInteger refused = new AtomicInteger();

    StartTlsFront(int backendPort) throws IOException, GeneralSecurityException {
        this.backend = backendPort;
        this.context = SSLContext.getInstance("TLS");
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(greenMailKeyStore(), PASSWORD);
        context.init(keys.getKeyManagers(), null, null);
        this.server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "starttls-front");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** A client factory that trusts GreenMail's self-signed test certificate, and nothing else: tests only. */
    static SSLSocketFactory trustingGreenMail() throws IOException, GeneralSecurityException {
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(greenMailKeyStore());
        SSLContext client = SSLContext.getInstance("TLS");
        client.init(null, trust.getTrustManagers(), null);
        return client.getSocketFactory();
    }

    private static KeyStore greenMailKeyStore() throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = StartTlsFront.class.getClassLoader().getResourceAsStream("greenmail.p12")) {
            if (in == null) {
                throw new IOException("greenmail.p12 is not on the class path");
            }
            store.load(in, PASSWORD);
        }
        return store;
    }

    int port() {
        return server.getLocalPort();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Thread t = new Thread(() -> serve(client), "starttls-front-session");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            InputStream in = client.getInputStream();
            OutputStream out = client.getOutputStream();
            write(out, "220 front ESMTP ready\r\n");
            while (true) {
                String line = readLine(in);
                if (line == null) {
                    return;
                }
                String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase(java.util.Locale.ROOT) : line;
                if (command.equals("EHLO")) {
                    write(out, "250-front\r\n250 STARTTLS\r\n");
                } else if (command.equals("HELO")) {
                    write(out, "250 front\r\n");
                } else if (line.equalsIgnoreCase("STARTTLS")) {
                    write(out, "220 2.0.0 Ready to start TLS\r\n");
                    SSLSocket tls = (SSLSocket) context.getSocketFactory().createSocket(client,
                            client.getInetAddress().getHostAddress(), client.getPort(), true);
                    tls.setUseClientMode(false);
                    tls.startHandshake();
                    upgraded.incrementAndGet();
                    join(tls);
                    return;
                } else if (command.equals("QUIT")) {
                    write(out, "221 bye\r\n");
                    return;
                } else {
                    refused.incrementAndGet();
                    write(out, "530 5.7.0 Must issue a STARTTLS command first\r\n");
                }
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    /** Joins the upgraded connection to GreenMail, after GreenMail's greeting (the client had the front's). */
    private void join(SSLSocket tls) throws IOException {
        try (Socket smtp = new Socket(InetAddress.getLoopbackAddress(), backend)) {
            readLine(smtp.getInputStream());
            Thread down = new Thread(() -> pump(smtp, tls), "starttls-front-down");
            down.setDaemon(true);
            down.start();
            pump(tls, smtp);
            try {
                down.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void pump(Socket from, Socket to) {
        try {
            from.getInputStream().transferTo(to.getOutputStream());
            to.getOutputStream().flush();
        } catch (IOException e) {
            // one side closed
        } finally {
            try {
                to.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }

    /** One line without its CRLF, read byte by byte so that nothing after it is consumed; null at the end. */
    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            if (b != '\r') {
                line.write(b);
            }
        }
        return b == -1 && line.size() == 0 ? null : line.toString(StandardCharsets.US_ASCII);
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
