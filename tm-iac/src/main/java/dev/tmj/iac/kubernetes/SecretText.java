package dev.tmj.iac.kubernetes;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a literal in a manifest looks like a secret: by its key ({@code DB_PASSWORD}, {@code api-key}) with a
 * literal value, or by its value whatever the key (a private key block, an AWS access key id, a URL carrying a
 * password). Only the key is ever reported, never the value.
 */
final class SecretText {
    private static final Pattern SECRET_KEY = Pattern.compile(
            "(?i).*(passw(or)?d|passwd|pwd|secret|token|api[_.-]?key|access[_.-]?key|private[_.-]?key|credential"
                    + "|client[_.-]?key|auth[_.-]?key|signing[_.-]?key|encryption[_.-]?key).*");
    /** Keys naming where a secret is, or a setting about it, rather than the secret itself. */
    private static final Pattern REFERENCE_KEY = Pattern.compile(
            "(?i).*[_.-](file|path|dir|url|uri|endpoint|host|port|name|ref|enabled|ttl|expiry|length|timeout|type)$");
    private static final Pattern SECRET_VALUE = Pattern.compile(
            "-----BEGIN [A-Z ]*PRIVATE KEY-----|\\b(AKIA|ASIA)[0-9A-Z]{16}\\b"
                    + "|[a-zA-Z][a-zA-Z0-9+.-]*://[^/\\s:@]+:[^/\\s@]+@");
    /** A value that is only a reference to another variable: {@code $(DB_PASSWORD)}, {@code ${DB_PASSWORD}}. */
    private static final Pattern VARIABLE = Pattern.compile("\\$[({][A-Za-z_][A-Za-z0-9_]*[)}]");

    private SecretText() {
    }

    /** Whether a key holding this literal value holds a secret. */
    static boolean isSecret(String key, String value) {
        if (value.isBlank() || VARIABLE.matcher(value.strip()).matches()) {
            return false;
        }
        if (SECRET_VALUE.matcher(value).find()) {
            return true;
        }
        String lower = value.strip().toLowerCase(Locale.ROOT);
        if (lower.equals("true") || lower.equals("false")) {
            return false;
        }
        return SECRET_KEY.matcher(key).matches() && !REFERENCE_KEY.matcher(key).matches();
    }
}
