package org.fabrique.web.startup;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.fabrique.core.infrastructure.IndexMarker;
import org.fabrique.core.infrastructure.SearchIndex;

/**
 * Whether the search index may be kept at a start rather than rebuilt from the whole database. At each clean stop
 * a fresh random stamp is written into the database (table {@code search_index_stamp}) and, with the mapping's
 * fingerprint, into the marker file beside the index ({@link IndexMarker}); at each start the marker is read then
 * removed, so that it only ever describes an index closed cleanly. The index is kept when the marker is there,
 * its stamp is the database's and its fingerprint the running mapping's, and this start neither migrated nor
 * seeded the database; anything else rebuilds it: no index or no marker (a first start, a crash, a deleted
 * index), a restored or replaced database (an older stamp, or none), another database behind the same index
 * directory, a release that indexes differently. Not seen: a database edited by hand while Fabrique was stopped
 * (remove the marker to force a rebuild, docs/operations.md).
 */
@ApplicationScoped
public class IndexFreshness {

    private static final Logger LOG = Logger.getLogger(IndexFreshness.class.getName());

    @Resource(lookup = "java:jboss/datasources/FabriqueDS")
    DataSource dataSource;

    @Inject
    SearchIndex searchIndex;

    /** The mapping's fingerprint, read at start (the index's mapping is gone by the time of the stop). */
    private volatile String fingerprint;

    /** Keeps the index if it is in step with the database, rebuilds it otherwise; {@code seeded}: this start wrote. */
    public void catchUp(boolean migratedOrSeeded) {
        fingerprint = searchIndex.fingerprint();
        IndexMarker marker = new IndexMarker(searchIndex.root());
        String reason = IndexFreshnessRules.reasonToRebuild(marker.read(), storedStamp(), fingerprint, migratedOrSeeded);
        if (reason == null) {
            searchIndex.keep("in step with the database since the last clean stop");
        } else {
            LOG.info(() -> "Search index to rebuild: " + reason);
            searchIndex.rebuild();
        }
        marker.remove();
    }

    /** At a clean stop: a new stamp in the database, then beside the index. */
    public void stamp() {
        if (fingerprint == null || !searchIndex.isReady()) {
            return;
        }
        String stamp = UUID.randomUUID().toString();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement delete = connection.createStatement();
                    PreparedStatement insert = connection.prepareStatement(
                            "insert into search_index_stamp (id, stamp) values (1, ?)")) {
                delete.executeUpdate("delete from search_index_stamp");
                insert.setString(1, stamp);
                insert.executeUpdate();
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Cannot stamp the database for the search index: it is rebuilt at the next start", e);
            return;
        }
        new IndexMarker(searchIndex.root()).write(new IndexMarker.Content(stamp, fingerprint));
        LOG.info("Search index marked in step with the database: kept at the next start unless the database changes");
    }

    private Optional<String> storedStamp() {
        try (Connection connection = dataSource.getConnection();
                Statement select = connection.createStatement();
                ResultSet row = select.executeQuery("select stamp from search_index_stamp where id = 1")) {
            return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the search index's stamp", e);
        }
    }
}
