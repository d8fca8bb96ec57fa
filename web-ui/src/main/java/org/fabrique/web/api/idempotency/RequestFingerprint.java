package org.fabrique.web.api.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * What tells one request from another under the same key: a SHA-256, in 64 hexadecimal digits, of the
 * method, the path with its query and the body's exact bytes. A retry sends the same bytes; a body
 * written differently (another order of fields, other spaces) is another request.
 */
public final class RequestFingerprint {

    public static final int LENGTH = 64;

    private RequestFingerprint() {
    }

    /**
     * @param pathAndQuery the path from the API's root, with the query string if any, e.g.
     *                     {@code programmes/3/candidates?lang=fr}
     */
    public static String of(String method, String pathAndQuery, byte[] body) {
        Objects.requireNonNull(method, "method is required");
        Objects.requireNonNull(pathAndQuery, "pathAndQuery is required");
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        // the body is hashed apart first: no path and body can be cut differently into the same bytes
        byte[] bodyHash = sha256.digest(body == null ? new byte[0] : body);
        sha256.update((method + ' ' + pathAndQuery + '\n').getBytes(StandardCharsets.UTF_8));
        sha256.update(bodyHash);
        return HexFormat.of().formatHex(sha256.digest());
    }
}
