package org.fabrique.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Directorates, public policies and neighbourhoods: a trimmed name of 1 to 200 characters. */
class NamedReferenceDataTest {

    @Test
    void namesAreTrimmed() {
        assertThat(new Directorate(" Direction de la culture ").getName()).isEqualTo("Direction de la culture");
        assertThat(new PublicPolicy("\tCulture\n").getName()).isEqualTo("Culture");
        assertThat(new Neighbourhood(" Île de Nantes").getName()).isEqualTo("Île de Nantes");
    }

    @Test
    void blankOrMissingNamesAreRefused() {
        assertThatThrownBy(() -> new Directorate(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name");
        assertThatThrownBy(() -> new PublicPolicy("")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name");
        assertThatThrownBy(() -> new Neighbourhood("  ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name");
        assertThatNullPointerException().isThrownBy(() -> new Directorate(null)).withMessageContaining("name");
    }

    @Test
    void namesLongerThan200CharactersAreRefused() {
        assertThat(new Directorate("d".repeat(200)).getName()).hasSize(200);
        assertThatThrownBy(() -> new Directorate("d".repeat(201))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PublicPolicy("p".repeat(201))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Neighbourhood("n".repeat(201))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void directoratesAndPoliciesCanBeRenamedButNotToBlank() {
        Directorate directorate = new Directorate("Direction des sports");
        PublicPolicy policy = new PublicPolicy("Sport");

        directorate.rename("Direction des sports et des loisirs");
        policy.rename("Sport et loisirs");
        assertThatThrownBy(() -> directorate.rename(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> policy.rename(null)).isInstanceOf(NullPointerException.class);

        assertThat(directorate.getName()).isEqualTo("Direction des sports et des loisirs");
        assertThat(policy.getName()).isEqualTo("Sport et loisirs");
    }
}
