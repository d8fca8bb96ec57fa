package org.fabrique.core.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Hashes passwords with PBKDF2-HMAC-SHA256 (JDK only) and checks them. A hash is written
 * {@code PBKDF2WithHmacSHA256:<iterations>:<base64 salt>:<base64 hash>}, so older hashes stay readable
 * when the iteration count rises ({@link #needsRehash(String)} says when to re-hash at next sign-in).
 * Hashing is slow on purpose: about a tenth of a second.
 */
@ApplicationScoped
public class PasswordHasher {

    public static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    /** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256. */
    public static final int ITERATIONS = 210_000;
    public static final int SALT_BYTES = 16;
    public static final int KEY_BYTES = 32;

    /** Above this an encoding is treated as malformed, so a corrupt row cannot stall a sign-in. */
    private static final int MAX_ITERATIONS = 10_000_000;
    private static final int MAX_BYTES = 1024;
    private static final char SEPARATOR = ':';

    private final SecureRandom random = new SecureRandom();

    public PasswordHasher() {
        // usable with new and as a CDI bean
    }

    /**
     * Hashes a password with a fresh random salt.
     *
     * @throws IllegalArgumentException when the password is empty
     */
    public String hash(char[] password) {
        Objects.requireNonNull(password, "password is required");
        if (password.length == 0) {
            throw new IllegalArgumentException("password must not be empty");
        }
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] key = derive(password, salt, ITERATIONS, KEY_BYTES);
        Base64.Encoder base64 = Base64.getEncoder();
        return ALGORITHM + SEPARATOR + ITERATIONS + SEPARATOR + base64.encodeToString(salt) + SEPARATOR
                + base64.encodeToString(key);
    }

    /**
     * Whether the password matches the encoded hash. False, never an exception, for a null or empty
     * password and for a malformed encoding.
     */
    public boolean verify(char[] password, String encoded) {
        if (password == null || password.length == 0) {
            return false;
        }
        Encoded parsed = Encoded.parse(encoded);
        if (parsed == null) {
            return false;
        }
        byte[] actual = derive(password, parsed.salt(), parsed.iterations(), parsed.key().length);
        return MessageDigest.isEqual(actual, parsed.key());
    }

    /** Whether the encoded hash is weaker than what {@link #hash(char[])} makes now (or unreadable). */
    public boolean needsRehash(String encoded) {
        Encoded parsed = Encoded.parse(encoded);
        return parsed == null || parsed.iterations() < ITERATIONS;
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations, int keyBytes) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, keyBytes * 8);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is not available in this JDK", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** The parts of an encoded hash. */
    private record Encoded(int iterations, byte[] salt, byte[] key) {

        /** The parts, or null when the text is not an encoding this class writes. */
        static Encoded parse(String encoded) {
            if (encoded == null) {
                return null;
            }
            String[] parts = encoded.split(String.valueOf(SEPARATOR), -1);
            if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
                return null;
            }
            try {
                int iterations = Integer.parseInt(parts[1]);
                byte[] salt = Base64.getDecoder().decode(parts[2]);
                byte[] key = Base64.getDecoder().decode(parts[3]);
                if (iterations < 1 || iterations > MAX_ITERATIONS || salt.length == 0 || key.length == 0
                        || salt.length > MAX_BYTES || key.length > MAX_BYTES) {
                    return null;
                }
                return new Encoded(iterations, salt, key);
            } catch (IllegalArgumentException e) { // NumberFormatException included
                return null;
            }
        }
    }
}
