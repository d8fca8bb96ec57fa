package org.fabrique.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class AccountTest {

    private static final String HASH = "PBKDF2WithHmacSHA256:210000:c2FsdA==:aGFzaA==";

    private final Person person = new Person("Julien Roux", null, PersonCategory.DIRECTOR);
    private final Directorate culture = new Directorate("Direction de la culture");

    @Test
    void aNewAccountIsEnabledWithItsRolePersonAndNoLanguage() {
        Account account = new Account("direction", HASH, Role.DIRECTORATE, person, culture);

        assertThat(account.isEnabled()).isTrue();
        assertThat(account.getRole()).isEqualTo(Role.DIRECTORATE);
        assertThat(account.getDirectorate()).isSameAs(culture);
        assertThat(account.getPerson()).isSameAs(person);
        assertThat(account.getPasswordHash()).isEqualTo(HASH);
        assertThat(account.getLanguage()).isNull();
    }

    @Test
    void aDirectorateAccountWithoutADirectorateIsRefused() {
        assertThatThrownBy(() -> new Account("direction", HASH, Role.DIRECTORATE, person, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("directorate");
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "DIRECTORATE", mode = EnumSource.Mode.EXCLUDE)
    void anyOtherAccountWithADirectorateIsRefused(Role role) {
        assertThatThrownBy(() -> new Account("someone", HASH, role, person, culture))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("directorate");
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "DIRECTORATE", mode = EnumSource.Mode.EXCLUDE)
    void anyOtherAccountWithoutADirectorateIsAccepted(Role role) {
        assertThat(new Account("someone", HASH, role, person, null).getDirectorate()).isNull();
    }

    @Test
    void theRoleHashAndPersonAreRequired() {
        assertThatNullPointerException().isThrownBy(() -> new Account("pole", HASH, null, person, null))
                .withMessageContaining("role");
        assertThatNullPointerException().isThrownBy(() -> new Account("pole", null, Role.POLE, person, null))
                .withMessageContaining("passwordHash");
        assertThatNullPointerException().isThrownBy(() -> new Account("pole", HASH, Role.POLE, null, null))
                .withMessageContaining("person");
        assertThatThrownBy(() -> new Account("pole", "  ", Role.POLE, person, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("passwordHash");
    }

    @Test
    void theUsernameIsStoredLowerCase() {
        Account account = new Account("  Claire.Morel_2-b ", HASH, Role.POLE, person, null);

        assertThat(account.getUsername()).isEqualTo("claire.morel_2-b");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", "", "claire morel", "claire@morel", "clé", "a/b",
            "abcdefghijklmnopqrstuvwxyzabcdefghijklmno"})
    void aBadUsernameIsRefused(String username) {
        assertThatThrownBy(() -> new Account(username, HASH, Role.POLE, person, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("username");
    }

    @Test
    void usernamesOfThreeAndFortyCharactersAreAccepted() {
        assertThat(new Account("abc", HASH, Role.POLE, person, null).getUsername()).isEqualTo("abc");
        String forty = "a".repeat(40);
        assertThat(new Account(forty, HASH, Role.POLE, person, null).getUsername()).isEqualTo(forty);
    }

    @Test
    void changingToTheDirectorateRoleRequiresADirectorate() {
        Account account = new Account("julien", HASH, Role.POLE, person, null);

        assertThatThrownBy(() -> account.changeRole(Role.DIRECTORATE, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(account.getRole()).isEqualTo(Role.POLE);

        account.changeRole(Role.DIRECTORATE, culture);
        assertThat(account.getRole()).isEqualTo(Role.DIRECTORATE);
        assertThat(account.getDirectorate()).isSameAs(culture);
    }

    @Test
    void leavingTheDirectorateRoleRequiresDroppingTheDirectorate() {
        Account account = new Account("julien", HASH, Role.DIRECTORATE, person, culture);

        assertThatThrownBy(() -> account.changeRole(Role.ELECTED, culture))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(account.getRole()).isEqualTo(Role.DIRECTORATE);
        assertThat(account.getDirectorate()).isSameAs(culture);

        account.changeRole(Role.ELECTED, null);
        assertThat(account.getRole()).isEqualTo(Role.ELECTED);
        assertThat(account.getDirectorate()).isNull();
    }

    @Test
    void anAccountCanBeDisabledAndEnabledAgain() {
        Account account = new Account("pole", HASH, Role.POLE, person, null);

        account.disable();
        assertThat(account.isEnabled()).isFalse();
        account.enable();
        assertThat(account.isEnabled()).isTrue();
    }

    @Test
    void thePasswordHashCanBeReplacedButNotBlanked() {
        Account account = new Account("pole", HASH, Role.POLE, person, null);

        account.changePassword("another-hash");
        assertThat(account.getPasswordHash()).isEqualTo("another-hash");
        assertThatThrownBy(() -> account.changePassword("")).isInstanceOf(IllegalArgumentException.class);
        assertThat(account.getPasswordHash()).isEqualTo("another-hash");
    }

    @Test
    void theLanguageIsFrenchEnglishOrUnchosen() {
        Account account = new Account("pole", HASH, Role.POLE, person, null);

        account.chooseLanguage("en");
        assertThat(account.getLanguage()).isEqualTo("en");
        assertThatThrownBy(() -> account.chooseLanguage("de"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("language");
        assertThat(account.getLanguage()).isEqualTo("en");
        account.chooseLanguage(null);
        assertThat(account.getLanguage()).isNull();
    }
}
