package org.fabrique.core.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private static Optional<String> check(String password) {
        return PasswordPolicy.problem(password.toCharArray(), "lea.fontaine", "Léa Fontaine", "lea.fontaine@ville.fr");
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "123456789012", "aaaaaaaaaaaa", "qwertyuiop12", "azertyuiop12",
            "motdepasse12", "soleil123456", "marseille2024", "lea.fontaine", "lea.fontaine1", "Fontaine1234",
            "fontaine.lea", "iloveyou2024"})
    void guessable_passwords_are_refused(String password) {
        assertEquals(Optional.of("password.weak"), check(password));
    }

    @ParameterizedTest
    @ValueSource(strings = {"short", "elevenchars", ""})
    void fewer_than_twelve_characters_are_refused(String password) {
        assertEquals(Optional.of("password.size"), check(password));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Lune-verte-Colibri-42", "Essai-Fabrique-2026", "correct horse battery", "demo-fabrique",
            "nouveau-mot-de-passe-solide"})
    void hard_to_guess_passwords_are_accepted(String password) {
        assertEquals(Optional.empty(), check(password));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Lune-verte\u0000Colibri", "Lune-verte\u001bColibri"})
    void control_characters_are_refused(String password) {
        assertEquals(Optional.of("password.control"), check(password));
    }

    @org.junit.jupiter.api.Test
    void more_than_two_hundred_characters_are_refused() {
        assertEquals(Optional.of("password.size"), check("Colibri-".repeat(26)));
    }

    @org.junit.jupiter.api.Test
    void the_domain_of_the_mail_address_is_not_a_personal_word() {
        assertEquals(Optional.empty(), PasswordPolicy.problem("Essai-Fabrique-2026".toCharArray(), "emma1x2",
                "Emma Clarke", "emma1x2@demo.fabrique.test"));
        assertEquals(Optional.of("password.weak"), PasswordPolicy.problem("emma1x2-2026".toCharArray(), "emma1x2",
                "Emma Clarke", "emma1x2@demo.fabrique.test"));
    }
}
