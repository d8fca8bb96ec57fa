package org.fabrique.web.backup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatabaseInUseTest {

    @Test
    void the_embedded_database_is_an_h2_file() {
        assertThat(new DatabaseInUse("H2", "jdbc:h2:file:/home/x/.fabrique/data/fabrique;DB_CLOSE_ON_EXIT=FALSE", "FABRIQUE")
                .embedded()).isTrue();
        assertThat(new DatabaseInUse("H2", "jdbc:h2:mem:test", "SA").embedded()).isFalse();
        assertThat(new DatabaseInUse("H2", "jdbc:h2:tcp://db/fabrique", "SA").embedded()).isFalse();
        assertThat(new DatabaseInUse("PostgreSQL", "jdbc:postgresql://localhost:5432/fabrique", "fabrique").embedded()).isFalse();
    }

    @Test
    void pg_dump_and_pg_restore_are_named_with_the_url_s_host_port_user_and_database() {
        DatabaseInUse database = new DatabaseInUse("PostgreSQL", "jdbc:postgresql://db.city.fr:5433/fabrique_prod?ssl=true",
                "fabrique");

        assertThat(database.postgresql()).isTrue();
        assertThat(database.pgDumpCommand())
                .isEqualTo("pg_dump --format=custom --file=fabrique.dump --host=db.city.fr --port=5433 --username=fabrique fabrique_prod");
        assertThat(database.pgRestoreCommand())
                .isEqualTo("pg_restore --clean --if-exists --host=db.city.fr --port=5433 --username=fabrique -d fabrique_prod fabrique.dump");
    }

    @Test
    void a_short_url_names_the_database_only() {
        assertThat(new DatabaseInUse("PostgreSQL", "jdbc:postgresql:fabrique", null).pgDumpCommand())
                .isEqualTo("pg_dump --format=custom --file=fabrique.dump fabrique");
        assertThat(new DatabaseInUse("PostgreSQL", "jdbc:postgresql://localhost/city", "u").pgDumpCommand())
                .isEqualTo("pg_dump --format=custom --file=fabrique.dump --host=localhost --username=u city");
    }
}
