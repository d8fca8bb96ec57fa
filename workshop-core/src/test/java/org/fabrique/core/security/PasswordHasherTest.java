package org.fabrique.core.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordHasherTest {

    private static final PasswordHasher HASHER = new PasswordHasher();
    /** Hashing is slow on purpose: one hash shared by the tests that only read it. */
    private static String demoHash;

    @BeforeAll
    static void hashOnce() {
        demoHash = HASHER.hash("demo-fabrique".toCharArray());
    }

    @Test
    void theRightPasswordIsAccepted() {
        assertThat(HASHER.verify("demo-fabrique".toCharArray(), demoHash)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo-fabriquE", "demo-fabrique ", "demo-fabriqu", "x"})
    void aWrongPasswordIsRefused(String wrong) {
        assertThat(HASHER.verify(wrong.toCharArray(), demoHash)).isFalse();
    }

    @Test
    void theEncodingNamesTheAlgorithmAtLeast210000IterationsASixteenByteSaltAndA32ByteKey() {
        String[] parts = demoHash.split(":");

        assertThat(parts).hasSize(4);
        assertThat(parts[0]).isEqualTo("PBKDF2WithHmacSHA256");
        assertThat(Integer.parseInt(parts[1])).isGreaterThanOrEqualTo(210_000);
        assertThat(Base64.getDecoder().decode(parts[2])).hasSize(16);
        assertThat(Base64.getDecoder().decode(parts[3])).hasSize(32);
    }

    @Test
    void twoHashesOfTheSamePasswordDifferAndBothVerify() {
        String again = HASHER.hash("demo-fabrique".toCharArray());

        assertThat(again).isNotEqualTo(demoHash);
        assertThat(again.split(":")[2]).isNotEqualTo(demoHash.split(":")[2]);
        assertThat(HASHER.verify("demo-fabrique".toCharArray(), again)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"not a hash", "PBKDF2WithHmacSHA256:210000:c2FsdA==", "MD5:210000:c2FsdA==:aGFzaA==",
            "PBKDF2WithHmacSHA256:many:c2FsdA==:aGFzaA==", "PBKDF2WithHmacSHA256:0:c2FsdA==:aGFzaA==",
            "PBKDF2WithHmacSHA256:210000:%%%:aGFzaA==", "PBKDF2WithHmacSHA256:210000::aGFzaA==",
            "PBKDF2WithHmacSHA256:999999999:c2FsdA==:aGFzaA==",
            "PBKDF2WithHmacSHA256:210000:c2FsdA==:aGFzaA==:extra"})
    void aMalformedEncodingIsRefusedWithoutAnException(String encoded) {
        assertThat(HASHER.verify("demo-fabrique".toCharArray(), encoded)).isFalse();
        assertThat(HASHER.needsRehash(encoded)).isTrue();
    }

    @Test
    void anEmptyOrMissingPasswordNeverVerifies() {
        assertThat(HASHER.verify(new char[0], demoHash)).isFalse();
        assertThat(HASHER.verify(null, demoHash)).isFalse();
    }

    @Test
    void anEmptyPasswordCannotBeHashed() {
        assertThatThrownBy(() -> HASHER.hash(new char[0])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("password");
        assertThatThrownBy(() -> HASHER.hash(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aCurrentHashNeedsNoRehashButAWeakerOneDoesAndStillVerifies() {
        String salt = Base64.getEncoder().encodeToString(new byte[16]);
        // PBKDF2-HMAC-SHA256("demo-fabrique", 16 zero bytes, 1000 iterations, 32 bytes), computed with
        // Python's hashlib.pbkdf2_hmac: an independent implementation agrees with ours
        String weaker = "PBKDF2WithHmacSHA256:1000:" + salt + ":V5vo5K7hgnC2c1XgTue3mjGM+fV8NXXJedRR+sBkHsw=";

        assertThat(HASHER.needsRehash(demoHash)).isFalse();
        assertThat(HASHER.needsRehash(weaker)).isTrue();
        assertThat(HASHER.verify("demo-fabrique".toCharArray(), weaker)).isTrue();
        assertThat(HASHER.verify("wrong".toCharArray(), weaker)).isFalse();
    }
}
