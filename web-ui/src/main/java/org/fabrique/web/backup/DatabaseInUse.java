package org.fabrique.web.backup;

import java.util.Locale;
import java.util.Objects;

/**
 * The database Fabrique runs on, as its JDBC connection describes it: the embedded H2 file database, which
 * Fabrique backs up itself, or PostgreSQL, which {@code pg_dump} backs up.
 */
public record DatabaseInUse(String productName, String url, String user) {

    public DatabaseInUse {
        Objects.requireNonNull(productName, "productName is required");
        Objects.requireNonNull(url, "url is required");
    }

    /** An H2 database in a file of this server (not in memory, not on an H2 server elsewhere). */
    public boolean embedded() {
        String lower = url.toLowerCase(Locale.ROOT);
        return "H2".equalsIgnoreCase(productName) && lower.startsWith("jdbc:h2:")
                && !lower.startsWith("jdbc:h2:mem:") && !lower.startsWith("jdbc:h2:tcp:")
                && !lower.startsWith("jdbc:h2:ssl:");
    }

    public boolean postgresql() {
        return "PostgreSQL".equalsIgnoreCase(productName) || url.startsWith("jdbc:postgresql:");
    }

    /**
     * The command that backs this PostgreSQL database up, from its URL
     * ({@code jdbc:postgresql://host:port/name?…} or {@code jdbc:postgresql:name}), e.g.
     * {@code pg_dump --format=custom --file=fabrique.dump --host=db --port=5432 --username=fabrique fabrique}.
     */
    public String pgDumpCommand() {
        return "pg_dump --format=custom --file=fabrique.dump" + connectionOptions() + " " + databaseName();
    }

    /** The command that restores such a dump into this database, replacing what it holds. */
    public String pgRestoreCommand() {
        return "pg_restore --clean --if-exists" + connectionOptions() + " -d " + databaseName() + " fabrique.dump";
    }

    /** {@code host:port/name} or {@code name} of the URL, without its parameters. */
    private String location() {
        String rest = url.startsWith("jdbc:postgresql:") ? url.substring("jdbc:postgresql:".length()) : "";
        int query = rest.indexOf('?');
        return query >= 0 ? rest.substring(0, query) : rest;
    }

    private String databaseName() {
        String location = location();
        String name = location;
        if (location.startsWith("//")) {
            int slash = location.indexOf('/', 2);
            name = slash < 0 ? "" : location.substring(slash + 1);
        }
        return name.isEmpty() ? "fabrique" : name;
    }

    private String connectionOptions() {
        String location = location();
        StringBuilder options = new StringBuilder();
        if (location.startsWith("//")) {
            int slash = location.indexOf('/', 2);
            String authority = slash < 0 ? location.substring(2) : location.substring(2, slash);
            int colon = authority.lastIndexOf(':');
            boolean bare = colon < 0 || authority.endsWith("]");
            String host = bare ? authority : authority.substring(0, colon);
            if (!host.isEmpty() && !host.contains(",")) {
                options.append(" --host=").append(host);
            }
            if (!bare && !authority.substring(colon + 1).isEmpty() && !host.contains(",")) {
                options.append(" --port=").append(authority.substring(colon + 1));
            }
        }
        if (user != null && !user.isBlank()) {
            options.append(" --username=").append(user);
        }
        return options.toString();
    }
}
