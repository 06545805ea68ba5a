package dev.tmj.iac.kubernetes;

import java.util.Locale;
import java.util.Map;

/**
 * Ports and protocols as a Service port or URL declares them, for flows' names and pytm attributes: the protocol
 * from {@code appProtocol}, the port's name ({@code http}, {@code https-web}, {@code grpc}), a URL's scheme or the
 * well-known port, else the transport ({@code TCP}); and the administrative ports that must not face the Internet.
 */
final class Ports {
    /** Administrative ports (threat IAC06) and what answers there. */
    static final Map<Long, String> ADMIN = Map.ofEntries(Map.entry(22L, "SSH"), Map.entry(23L, "Telnet"),
            Map.entry(3389L, "RDP"), Map.entry(5985L, "WinRM"), Map.entry(5986L, "WinRM"),
            Map.entry(2375L, "Docker API"), Map.entry(2376L, "Docker API"), Map.entry(2379L, "etcd"),
            Map.entry(2380L, "etcd peer"), Map.entry(6443L, "Kubernetes API"), Map.entry(10250L, "kubelet API"),
            Map.entry(10255L, "kubelet read-only API"), Map.entry(10257L, "kube-controller-manager"),
            Map.entry(10259L, "kube-scheduler"));

    private Ports() {
    }

    /** A protocol and whether it is encrypted. */
    record Protocol(String name, boolean encrypted) {
        boolean isHttp() {
            return name.equals("HTTP");
        }
    }

    /** The protocol of a Service port (or an Ingress backend's when {@code port} is its number). */
    static Protocol of(String appProtocol, String portName, String transport, long port) {
        String hint = (appProtocol.isEmpty() ? portName : appProtocol).toLowerCase(Locale.ROOT);
        hint = hint.startsWith("kubernetes.io/") ? hint.substring("kubernetes.io/".length()) : hint;
        if (hint.startsWith("https") || hint.equals("wss") || hint.startsWith("tls") || hint.equals("grpcs")) {
            return new Protocol(hint.startsWith("https") ? "HTTPS" : hint.toUpperCase(Locale.ROOT), true);
        }
        if (hint.startsWith("http") || hint.equals("h2c") || hint.equals("ws") || hint.startsWith("grpc")) {
            return new Protocol(hint.startsWith("http") || hint.equals("h2c") ? "HTTP"
                    : hint.startsWith("grpc") ? "GRPC" : "WS", false);
        }
        if (port == 443) {
            return new Protocol("HTTPS", true);
        }
        if (port == 80) {
            return new Protocol("HTTP", false);
        }
        return new Protocol(transport.isEmpty() ? "TCP" : transport.toUpperCase(Locale.ROOT), false);
    }

    /** The protocol a URL's scheme names ({@code https} → HTTPS, encrypted), or empty text when it names none. */
    static Protocol ofScheme(String scheme) {
        String lower = scheme.toLowerCase(Locale.ROOT);
        boolean encrypted = lower.equals("https") || lower.equals("wss") || lower.equals("grpcs")
                || lower.equals("rediss") || lower.equals("amqps") || lower.equals("mongodb+srv")
                || lower.equals("tls") || lower.equals("ldaps");
        return new Protocol(lower.toUpperCase(Locale.ROOT), encrypted);
    }

    /** The default port of a URL scheme, or -1. */
    static long defaultPort(String scheme) {
        return switch (scheme.toLowerCase(Locale.ROOT)) {
            case "http", "ws" -> 80;
            case "https", "wss" -> 443;
            default -> -1;
        };
    }
}
