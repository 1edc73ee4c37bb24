package io.vistazo.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vistazo.core.domain.Role;
import io.vistazo.core.port.out.DependencyUnavailable;
import io.vistazo.storage.testing.PostgresServer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What only PostgreSQL has: the migration lock between nodes, identities, the schema's types, outages. */
class PostgresDatabaseTest {

    @Test
    void nodesOpeningOneFreshDatabaseTogetherApplyEachMigrationOnce() throws Exception {
        DatabaseLocation.Postgres location = PostgresServer.shared().newDatabase();
        int nodes = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(nodes);
        List<Database> opened = new ArrayList<>();
        try {
            List<Future<Database>> opening = new ArrayList<>();
            for (int i = 0; i < nodes; i++) {
                opening.add(pool.submit(() -> {
                    start.await();
                    return Database.open(location);
                }));
            }
            start.countDown();
            for (Future<Database> future : opening) {
                opened.add(future.get(60, TimeUnit.SECONDS));
            }
            Database first = opened.get(0);
            assertThat(first.schemaVersion()).isEqualTo(Migrations.latestVersion());
            assertThat(TestSql.count(first, "SELECT COUNT(*) FROM schema_version"))
                    .isEqualTo(Migrations.SCRIPTS.size());
            assertThat(tablesOf(first)).contains("users", "api_keys", "albums", "categories", "media",
                    "media_sequence", "tags", "media_tags", "settings", "schema_version", "media_views",
                    "web_sessions", "upload_journal");
        } finally {
            pool.shutdownNow();
            opened.forEach(Database::close);
        }
    }

    @Test
    void idsComeFromIdentitiesAndStayUniqueAcrossNodes() {
        DatabaseLocation.Postgres location = PostgresServer.shared().newDatabase();
        try (Database one = Database.open(location); Database two = Database.open(location)) {
            long a = one.mediaRepository().nextId();
            long b = two.mediaRepository().nextId();
            long c = one.mediaRepository().nextId();
            assertThat(List.of(a, b, c)).doesNotHaveDuplicates().isSorted();
            long ana = one.userRepository().create("ana", Role.USER).id();
            long bea = two.userRepository().create("bea", Role.USER).id();
            assertThat(bea).isGreaterThan(ana);
            assertThat(text(one, "SELECT data_type FROM information_schema.columns "
                    + "WHERE table_name = 'media' AND column_name = 'user_id'")).isEqualTo("bigint");
            assertThat(text(one, "SELECT is_identity FROM information_schema.columns "
                    + "WHERE table_name = 'users' AND column_name = 'id'")).isEqualTo("YES");
        }
    }

    @Test
    void nodesCreatingTheSameNameAtOnceGetOneUserAndClearRefusals() throws Exception {
        DatabaseLocation.Postgres location = PostgresServer.shared().newDatabase();
        int attempts = 8;
        try (Database one = Database.open(location); Database two = Database.open(location)) {
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(attempts);
            try {
                List<Future<String>> outcomes = new ArrayList<>();
                for (int i = 0; i < attempts; i++) {
                    Database node = i % 2 == 0 ? one : two;
                    outcomes.add(pool.submit(() -> {
                        start.await();
                        try {
                            node.userRepository().create("admin", Role.ADMIN);
                            return "created";
                        } catch (IllegalArgumentException e) {
                            return e.getMessage();
                        }
                    }));
                }
                start.countDown();
                List<String> results = new ArrayList<>();
                for (Future<String> outcome : outcomes) {
                    results.add(outcome.get(60, TimeUnit.SECONDS));
                }
                assertThat(results).containsOnlyOnce("created")
                        .containsOnly("created", "user name already taken: admin");
                assertThat(one.userRepository().count()).isEqualTo(1);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void defaultTimestampsKeepTheTextFormatTheCodeReads() {
        try (Database database = Database.open(PostgresServer.shared().newDatabase())) {
            database.userRepository().create("ana", Role.USER);
            String created = text(database, "SELECT created_gmt FROM users");
            assertThat(Rows.instantGmt(created)).isBetween(Instant.now().minus(Duration.ofMinutes(1)),
                    Instant.now().plus(Duration.ofMinutes(1)));
        }
    }

    @Test
    void refusesADatabaseMigratedByANewerBuild() {
        DatabaseLocation.Postgres location = PostgresServer.shared().newDatabase();
        try (Database database = Database.open(location)) {
            database.sql().useWrite(handle -> handle.execute(
                    "INSERT INTO schema_version (version, script, applied_gmt) VALUES (999, 'V999__x.sql', 'now')"));
        }
        assertThatThrownBy(() -> Database.open(location))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("999");
    }

    @Test
    void theServerGoingAwayIsReportedAsUnavailableAndTheDatabaseRecovers() {
        try (PostgresServer server = PostgresServer.start()) {
            try (Database database = Database.open(server.newDatabase())) {
                database.userRepository().create("ana", Role.USER);
                assertThat(database.healthProbe().healthy()).isTrue();

                server.pause();
                assertThatThrownBy(() -> database.userRepository().findByName("ana"))
                        .isInstanceOf(DependencyUnavailable.class)
                        .hasMessageContaining("database");
                assertThat(database.healthProbe().healthy()).isFalse();

                server.resume();
                // The pool re-connects by itself within seconds (it backs off while the server is away).
                Instant deadline = Instant.now().plusSeconds(30);
                while (!database.healthProbe().healthy()) {
                    assertThat(Instant.now()).as("still unhealthy after 30 s").isBefore(deadline);
                }
                assertThat(database.userRepository().findByName("ana")).isPresent();
            }
        }
    }

    @Test
    void anUnreachableServerAtStartIsReportedAsUnavailable() {
        DatabaseLocation.Postgres nowhere = new DatabaseLocation.Postgres(
                "jdbc:postgresql://127.0.0.1:1/vistazo", PostgresServer.USER, Secret.of("hunter2"));
        assertThatThrownBy(() -> Database.open(nowhere)).isInstanceOf(DependencyUnavailable.class);
        assertThat(nowhere.toString()).doesNotContain("hunter2");
    }

    private static List<String> tablesOf(Database database) {
        return database.sql().read(handle -> handle.createQuery("SELECT table_name FROM information_schema.tables "
                        + "WHERE table_schema = 'public' ORDER BY table_name")
                .map(Rows.FIRST_STRING)
                .list());
    }

    private static String text(Database database, String query) {
        return database.sql().read(handle -> TestSql.text(handle, query));
    }
}
