import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;

/**
 * What H2's WRITE_DELAY costs: N small transactions (an insert, and an update of an earlier row), each
 * committed on its own, on a fresh H2 file database, for each write delay given; prints commits per second
 * and the data file's size. Run with the H2 of the provisioned server, after ./mvnw package:
 *
 *   java -cp web-ui/target/server/modules/system/layers/base/com/h2database/h2/main/h2-*.jar \
 *        web-ui/src/test/benchmark/H2CommitCost.java 20000 500,0,500,0
 */
public class H2CommitCost {

    public static void main(String[] args) throws Exception {
        int commits = Integer.parseInt(args[0]);
        for (String delay : args[1].split(",")) {
            Path dir = Files.createTempDirectory("h2-commit-cost");
            String url = "jdbc:h2:file:" + dir + "/db;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=" + delay;
            try (Connection c = DriverManager.getConnection(url, "sa", "")) {
                c.createStatement().execute("create table t(id bigint primary key, v varchar(400), n int)");
                c.setAutoCommit(false);
                PreparedStatement insert = c.prepareStatement("insert into t values (?, ?, 0)");
                PreparedStatement update = c.prepareStatement("update t set n = n + 1, v = ? where id = ?");
                long start = System.nanoTime();
                for (int i = 0; i < commits; i++) {
                    insert.setLong(1, i);
                    insert.setString(2, "Une réponse de la direction, numéro " + i + " ".repeat(200));
                    insert.executeUpdate();
                    if (i > 0) {
                        update.setString(1, "Révisée " + i);
                        update.setLong(2, i / 2);
                        update.executeUpdate();
                    }
                    c.commit();
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("WRITE_DELAY=%s: %d commits in %.2f s: %.0f commits/s, %.0f µs each; file %.1f MB%n",
                        delay, commits, seconds, commits / seconds, seconds * 1e6 / commits,
                        Files.size(dir.resolve("db.mv.db")) / 1e6);
            }
        }
    }
}
