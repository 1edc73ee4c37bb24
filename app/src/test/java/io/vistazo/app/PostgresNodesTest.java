package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vistazo.media.testing.Fixtures;
import io.vistazo.storage.DatabaseLocation;
import io.vistazo.storage.testing.PostgresServer;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two nodes on one fresh PostgreSQL database, started at the same moment: both come up and share the data. */
class PostgresNodesTest {

    @TempDir
    Path first;

    @TempDir
    Path second;

    @Test
    void twoNodesStartingTogetherOnAFreshDatabaseBothServeTheSameSite() throws Exception {
        DatabaseLocation.Postgres database = PostgresServer.shared().newDatabase();
        TestDatabases.use(first, database);
        TestDatabases.use(second, database);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService starters = Executors.newFixedThreadPool(2);
        List<TestServer> nodes = new ArrayList<>();
        try {
            List<Future<TestServer>> starting = new ArrayList<>();
            for (Path dataDir : List.of(first, second)) {
                starting.add(starters.submit(() -> {
                    go.await();
                    return TestServer.start(dataDir, HttpEngine.JETTY);
                }));
            }
            go.countDown();
            for (Future<TestServer> node : starting) {
                nodes.add(node.get(120, TimeUnit.SECONDS));
            }

            JsonNode photo = nodes.get(0).upload("shared.png", Fixtures.bytes("alpha.png"), "tags", "both");
            assertThat(photo.path("status_code").asInt()).isEqualTo(200);
            String viewer = URI.create(photo.path("image").path("url_viewer").asText()).getRawPath();
            assertThat(nodes.get(1).get(viewer).statusCode()).isEqualTo(200);
            JsonNode other = nodes.get(1).upload("other.png", Fixtures.bytes("alpha.png"));
            assertThat(other.path("image").path("id_encoded").asText())
                    .isNotEqualTo(photo.path("image").path("id_encoded").asText());
            assertThat(TestDatabase.number(first, "SELECT COUNT(*) FROM users WHERE name = 'admin'")).isEqualTo(1);
        } finally {
            starters.shutdownNow();
            nodes.forEach(TestServer::close);
        }
    }
}
