package org.fabrique.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fabrique.web.TestPersistence.boot;

import java.util.Map;
import org.fabrique.core.infrastructure.SearchIndex;
import org.fabrique.web.TestPersistence.Database;
import org.fabrique.web.TestPersistence.FreshSchema;
import org.fabrique.web.api.core.HealthResource;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/**
 * The health probe says UP only when the database answers and the search index has been caught up with it, on a
 * real H2 database and index; a database that does not answer, or an index not yet rebuilt, is DOWN (503,
 * HealthIT checks the answers over HTTP).
 */
class HealthProbeTest {

    @Test
    void up_once_the_index_is_rebuilt_and_down_before() throws Exception {
        try (FreshSchema schema = Database.H2.freshSchema()) {
            schema.migrate();
            try (SessionFactory sessionFactory = boot(schema, Map.of())) {
                SearchIndex index = new SearchIndex(sessionFactory);
                HealthResource probe = new HealthResource(dataSource(schema.database().url()), index);
                assertThat(probe.isUp()).as("before the index is rebuilt").isFalse();

                index.rebuild();

                assertThat(probe.isUp()).isTrue();
            }
        }
    }

    @Test
    void down_when_the_database_does_not_answer() throws Exception {
        try (FreshSchema schema = Database.H2.freshSchema()) {
            schema.migrate();
            try (SessionFactory sessionFactory = boot(schema, Map.of())) {
                SearchIndex index = new SearchIndex(sessionFactory);
                index.rebuild();
                // a database that is not there: every connection is refused
                HealthResource probe = new HealthResource(dataSource("jdbc:h2:file:/nonexistent/fabrique;IFEXISTS=TRUE"),
                        index);
                assertThat(probe.isUp()).isFalse();
            }
        }
    }

    private static JdbcDataSource dataSource(String url) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser("sa");
        dataSource.setPassword("");
        return dataSource;
    }
}
