package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.vistazo.media.testing.Fixtures;
import io.vistazo.storage.DatabaseLocation;
import io.vistazo.storage.testing.PostgresServer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code vistazo migrate database} and {@code migrate storage}: a SQLite + local site with users, keys, albums,
 * tags, a video and expiring media moves to PostgreSQL + S3, and over HTTP everything answers as before: links,
 * thumbs, delete links, keys, new uploads.
 */
class MigrateSiteTest {

    private static final List<String> TABLES = List.of("users", "api_keys", "categories", "albums", "media",
            "tags", "media_tags", "media_views", "settings", "web_sessions");

    @TempDir
    Path dataDir;

    @Test
    void aSiteMovesToPostgresAndS3AndWorksUnchanged() throws SQLException {
        Site site = buildSiteOnSqlite();
        DatabaseLocation.Postgres target = PostgresServer.shared().newDatabase();

        String output = migrate(target);
        assertThat(output).contains("media: 3/3", "users: 2/2", "Copied ");
        List<Long> sqliteCounts = counts(null);
        assertThat(counts(target)).isEqualTo(sqliteCounts);

        assertThatThrownBy(() -> migrate(target)).hasMessageContaining("--resume");
        interruptLateInTheCopy(target);
        assertThat(counts(target)).isNotEqualTo(sqliteCounts);
        migrate(target, "--resume");
        assertThat(counts(target)).isEqualTo(sqliteCounts);
        assertThat(counts(null)).as("the source is left as it was").isEqualTo(sqliteCounts);

        String[] bucket = TestS3.settings(TestS3.shared(), TestS3.newBucket());
        assertThat(migrateFiles(bucket)).contains(" copied, 0 already there, 0 ");
        TestDatabases.use(dataDir, target);
        try (TestServer server = TestServer.start(dataDir, HttpEngine.JETTY, bucket)) {
            for (JsonNode media : List.of(site.photo, site.video, site.expiring)) {
                assertThat(server.get(path(media, "url_viewer")).statusCode()).isEqualTo(200);
                assertThat(server.get(path(media, "url")).body()).isEqualTo(site.originals.get(media));
                assertThat(server.get(path(media.path("thumb"), "url")).statusCode()).isEqualTo(200);
            }
            assertThat(server.storedFiles()).as("the new site serves from the bucket")
                    .contains(path(site.photo, "url").substring("/images/".length()));
            assertThat(new String(server.get(path(site.photo, "url_viewer")).body())).contains("beach");
            assertThat(Cli.run(dataDir, "album", "list", "--user", "ana")).isEqualTo(site.albums);
            assertThat(Cli.run(dataDir, "key", "list", "--user", "ana")).isEqualTo(site.keys);

            JsonNode fresh = Uploads.image(Uploads.as(server, site.anaKey, "new.png", Fixtures.bytes("alpha.png"),
                    "album_id", site.albumId));
            assertThat(fresh.path("id_encoded").asText()).isNotIn(site.photo.path("id_encoded").asText(),
                    site.video.path("id_encoded").asText(), site.expiring.path("id_encoded").asText());
            assertThat(TestDatabase.number(dataDir, "SELECT MAX(id) FROM media"))
                    .isGreaterThan(TestDatabase.number(dataDir, "SELECT MIN(id) FROM media"));
            assertThat(TestDatabase.text(dataDir, "SELECT expires_at IS NOT NULL FROM media WHERE name = ?",
                    site.expiring.path("name").asText())).isEqualTo("t");

            HttpResponse<byte[]> deleted = server.send(HttpRequest.newBuilder(server.uri(
                    path(site.photo, "delete_url"))).POST(HttpRequest.BodyPublishers.noBody()).build());
            assertThat(deleted.statusCode()).isEqualTo(200);
            assertThat(server.get(path(site.photo, "url")).statusCode()).isEqualTo(404);
        }
    }

    /** The link's path: the first server's port is gone, the path must still answer. */
    private static String path(JsonNode media, String field) {
        return URI.create(media.path(field).asText()).getRawPath();
    }

    private record Site(JsonNode photo, JsonNode video, JsonNode expiring, String anaKey, String albumId,
                        String albums, String keys, Map<JsonNode, byte[]> originals) {
    }

    private Site buildSiteOnSqlite() {
        try (TestServer server = TestServer.start(dataDir, HttpEngine.JETTY)) {
            Cli.run(dataDir, "user", "add", "ana");
            String anaKey = Cli.run(dataDir, "key", "create", "--user", "ana", "--name", "laptop").strip();
            String albumId = Cli.valueAfter(Cli.run(dataDir, "album", "add", "Trip", "--user", "ana"), "album_id ");
            Cli.run(dataDir, "category", "add", "Animals", "--key", "animals");
            JsonNode photo = Uploads.image(Uploads.as(server, anaKey, "photo.jpg", Fixtures.bytes("photo.jpg"),
                    "album_id", albumId, "tags", "beach, sun", "nsfw", "1"));
            JsonNode video = server.upload("clip.mp4", Fixtures.bytes("video/h264-baseline-aac.mp4"), "tags", "sun")
                    .path("image");
            JsonNode expiring = server.upload("soon.png", Fixtures.bytes("alpha.png"), "expiration", "P1D")
                    .path("image");
            assertThat(server.get(photo.path("url_viewer").asText()).statusCode()).isEqualTo(200);
            Map<JsonNode, byte[]> originals = new HashMap<>();
            for (JsonNode media : List.of(photo, video, expiring)) {
                originals.put(media, server.get(path(media, "url")).body());
            }
            return new Site(photo, video, expiring, anaKey, albumId, Cli.run(dataDir, "album", "list", "--user", "ana"),
                    Cli.run(dataDir, "key", "list", "--user", "ana"), originals);
        }
    }

    private String migrate(DatabaseLocation.Postgres target, String... extra) {
        String[] args = new String[6 + extra.length];
        System.arraycopy(new String[] {"migrate", "database", "--to", target.jdbcUrl(), "--user", target.user()}, 0,
                args, 0, 6);
        System.arraycopy(extra, 0, args, 6, extra.length);
        return Cli.run(dataDir, args);
    }

    /** {@code migrate storage --to s3} with the bucket's settings as flags, the data folder still local. */
    private String migrateFiles(String[] s3Settings) {
        List<String> args = new ArrayList<>(List.of("migrate", "storage", "--to", "s3"));
        for (int i = 2; i < s3Settings.length; i += 2) {
            args.add("--" + s3Settings[i]);
            args.add(s3Settings[i + 1]);
        }
        return Cli.run(dataDir, args.toArray(String[]::new));
    }

    /** What a kill part-way leaves: the last media row and the rows after it in copy order are missing. */
    private static void interruptLateInTheCopy(DatabaseLocation.Postgres target) throws SQLException {
        try (Connection connection = DriverManager.getConnection(target.jdbcUrl(), target.user(), "");
             Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM media_tags");
            statement.execute("DELETE FROM media_views");
            statement.execute("DELETE FROM settings");
            statement.execute("DELETE FROM media WHERE id = (SELECT MAX(id) FROM media)");
        }
    }

    /** Row counts of the copied tables, on the data folder's SQLite file ({@code null}) or on PostgreSQL. */
    private List<Long> counts(DatabaseLocation.Postgres postgres) throws SQLException {
        String url = postgres == null ? "jdbc:sqlite:" + dataDir.resolve("vistazo.db") : postgres.jdbcUrl();
        try (Connection connection = DriverManager.getConnection(url, postgres == null ? null : postgres.user(), "");
             Statement statement = connection.createStatement()) {
            List<Long> counts = new java.util.ArrayList<>();
            for (String table : TABLES) {
                try (var rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rows.next();
                    counts.add(rows.getLong(1));
                }
            }
            return counts;
        }
    }
}
