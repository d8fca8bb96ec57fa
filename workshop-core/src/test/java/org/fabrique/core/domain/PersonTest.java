package org.fabrique.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonTest {

    @Test
    void theNameIsTrimmedAndTheEmailLowerCased() {
        Person person = new Person("  Hélène Dubois ", " Helene.Dubois@Demo.Fabrique.TEST ",
                PersonCategory.EXTERNAL_EXPERT);

        assertThat(person.getName()).isEqualTo("Hélène Dubois");
        assertThat(person.getEmail()).isEqualTo("helene.dubois@demo.fabrique.test");
        assertThat(person.getCategory()).isEqualTo(PersonCategory.EXTERNAL_EXPERT);
    }

    @Test
    void thereMayBeNoEmail() {
        assertThat(new Person("Sophie Garnier", null, PersonCategory.ELECTED_OFFICIAL).getEmail()).isNull();
        assertThat(new Person("Sophie Garnier", "  ", PersonCategory.ELECTED_OFFICIAL).getEmail()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"   ", ""})
    void aBlankNameIsRefused(String name) {
        assertThatThrownBy(() -> new Person(name, null, PersonCategory.CITIZEN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
    }

    @Test
    void theNameAndCategoryAreRequired() {
        assertThatNullPointerException().isThrownBy(() -> new Person(null, null, PersonCategory.CITIZEN))
                .withMessageContaining("name");
        assertThatNullPointerException().isThrownBy(() -> new Person("Marc Lefèvre", null, null))
                .withMessageContaining("category");
    }

    @Test
    void aNameOfUpTo200CharactersIsAccepted() {
        assertThat(new Person("x".repeat(200), null, PersonCategory.CITIZEN).getName()).hasSize(200);
        assertThatThrownBy(() -> new Person("x".repeat(201), null, PersonCategory.CITIZEN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"claire", "claire@", "@demo.test", "claire@demo", "claire morel@demo.test",
            "claire@@demo.test", "claire@demo..test", "claire@demo.test."})
    void anImplausibleEmailIsRefused(String email) {
        assertThatThrownBy(() -> new Person("Claire Morel", email, PersonCategory.POLE_STAFF))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("email");
    }

    @Test
    void anEmailOfUpTo254CharactersIsAccepted() {
        String domain = "@demo.fabrique.test";
        String longest = "a".repeat(254 - domain.length()) + domain;

        assertThat(new Person("A", longest, PersonCategory.CITIZEN).getEmail()).hasSize(254);
        assertThatThrownBy(() -> new Person("A", "a" + longest, PersonCategory.CITIZEN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("email");
    }

    @Test
    void aPersonCanBeRenamedRecategorisedAndGivenAnotherEmail() {
        Person person = new Person("Claire Morel", "claire@demo.fabrique.test", PersonCategory.POLE_STAFF);

        person.rename(" Claire Morel-Durand ");
        person.recategorise(PersonCategory.RESOURCE_PERSON);
        person.changeEmail("CLAIRE.MD@demo.fabrique.test");

        assertThat(person.getName()).isEqualTo("Claire Morel-Durand");
        assertThat(person.getCategory()).isEqualTo(PersonCategory.RESOURCE_PERSON);
        assertThat(person.getEmail()).isEqualTo("claire.md@demo.fabrique.test");

        person.changeEmail(null);
        assertThat(person.getEmail()).isNull();
    }

    @Test
    void aRefusedChangeChangesNothing() {
        Person person = new Person("Claire Morel", "claire@demo.fabrique.test", PersonCategory.POLE_STAFF);

        assertThatThrownBy(() -> person.rename(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> person.changeEmail("nope")).isInstanceOf(IllegalArgumentException.class);
        assertThatNullPointerException().isThrownBy(() -> person.recategorise(null));

        assertThat(person.getName()).isEqualTo("Claire Morel");
        assertThat(person.getEmail()).isEqualTo("claire@demo.fabrique.test");
        assertThat(person.getCategory()).isEqualTo(PersonCategory.POLE_STAFF);
    }
}
