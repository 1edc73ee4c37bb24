package io.vistazo.app;

import static io.vistazo.app.Poll.within;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vistazo.core.service.SharedState;
import io.vistazo.media.testing.Fixtures;
import io.vistazo.storage.Database;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two Vistazo servers serving one site, standing in for many nodes behind a load balancer, on one SQLite file and
 * one shared data folder, and on one PostgreSQL database and one bucket with a data folder per node: limits
 * counted on one apply on the other, sessions and deletions are seen by both, and a node starting or sweeping never
 * touches the uploads another node has in flight.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TwoNodeSite.Kind.class)
class MultiNodeTest {

    /** The setup of the current run, set by JUnit. */
    @Parameter
    TwoNodeSite.Kind kind;

    @TempDir
    Path root;

    TwoNodeSite site;

    @BeforeEach
    void createSite() {
        site = TwoNodeSite.create(kind, root);
    }

    private TestServer nodeA(String... settings) {
        return TestServer.start(site.folderA, HttpEngine.JDK, site.serverSettings(settings));
    }

    private TestServer nodeB(String... settings) {
        return TestServer.start(site.folderB, HttpEngine.JDK, site.serverSettings(settings));
    }

    private static String path(String url) {
        return URI.create(url).getPath();
    }

    @Test
    void invalidKeysSentToOneNodeLimitTheAddressOnTheOther() {
        try (TestServer a = nodeA("key-failures-per-minute", "3");
             TestServer b = nodeB("key-failures-per-minute", "3")) {
            for (int i = 0; i < 3; i++) {
                assertThat(Uploads.as(a, "chv_guess_" + i, "a.png", Fixtures.bytes("alpha.png")).statusCode())
                        .isEqualTo(400);
            }

            HttpResponse<byte[]> blocked = Uploads.as(b, TestServer.ADMIN_KEY, "a.png",
                    Fixtures.bytes("alpha.png"));

            assertThat(blocked.statusCode()).isEqualTo(429);
            assertThat(Uploads.errorCode(blocked)).isEqualTo(100);
            assertThat(Long.parseLong(blocked.headers().firstValue("Retry-After").orElseThrow()))
                    .isBetween(1L, 60L);
        }
    }

    /** B answers a client it saw without failures from memory for a moment, but never an invalid key. */
    @Test
    void invalidKeysSentToOneNodeLimitAnAddressTheOtherJustSawWithinTheRereadTime() {
        try (TestServer a = nodeA("key-failures-per-minute", "3");
             TestServer b = nodeB("key-failures-per-minute", "3")) {
            assertThat(upload(b, TestServer.ADMIN_KEY).statusCode()).isEqualTo(200);
            for (int i = 0; i < 3; i++) {
                assertThat(upload(a, "chv_guess_" + i).statusCode()).isEqualTo(400);
            }
            Instant limitedAt = Instant.now();

            assertThat(upload(b, "chv_guess_3").statusCode()).as("an invalid key is judged on the shared counts")
                    .isEqualTo(429);
            assertThat(within(SharedState.REREAD_AFTER.plusSeconds(2), () -> upload(b, TestServer.ADMIN_KEY)
                    .statusCode() == 429)).as("B refuses the valid key too").isTrue();
            assertThat(Duration.between(limitedAt, Instant.now())).isLessThan(SharedState.CACHE_BOUND);
        }
    }

    @Test
    void aKeyRevokedOnOneNodeIsRefusedThereAtOnceAndByTheOtherWithinTheRereadTime() {
        try (TestServer a = nodeA(); TestServer b = nodeB()) {
            site.addWebUser("ana");
            String key = site.cli("", "key", "create", "--user", "ana").strip();
            assertThat(upload(a, key).statusCode()).isEqualTo(200);
            assertThat(upload(b, key).statusCode()).as("B now knows the key").isEqualTo(200);

            Browser ana = Browser.signedIn(a, "ana", WebUsers.PASSWORD);
            assertThat(ana.postForm("/my/keys/revoke", "csrf", ana.csrf(), "key",
                    key.substring(0, key.lastIndexOf('_')) + "_***").statusCode()).isEqualTo(303);
            Instant revokedAt = Instant.now();

            assertThat(upload(a, key).statusCode()).as("A, which revoked it").isEqualTo(400);
            assertThat(within(SharedState.REREAD_AFTER.plusSeconds(2), () -> upload(b, key).statusCode() == 400))
                    .as("B refuses it").isTrue();
            assertThat(Duration.between(revokedAt, Instant.now())).isLessThan(SharedState.CACHE_BOUND);
        }
    }

    @Test
    void aUserDisabledOnOneNodeIsRefusedThereAtOnceAndByTheOtherWithinTheRereadTime() {
        try (TestServer a = nodeA(); TestServer b = nodeB()) {
            site.addWebUser("ana");
            site.cli(WebUsers.PASSWORD + "\n", "user", "add", "root", "--role", "admin", "--password", "-");
            String key = site.cli("", "key", "create", "--user", "ana").strip();
            assertThat(upload(a, key).statusCode()).isEqualTo(200);
            assertThat(upload(b, key).statusCode()).as("B now knows the key and its user").isEqualTo(200);

            Browser root = Browser.signedIn(a, "root", WebUsers.PASSWORD);
            assertThat(root.postForm("/admin/users/disable", "csrf", root.csrf(), "name", "ana").statusCode())
                    .isEqualTo(303);
            Instant disabledAt = Instant.now();

            assertThat(upload(a, key).statusCode()).as("A, which disabled her").isNotEqualTo(200);
            assertThat(within(SharedState.REREAD_AFTER.plusSeconds(2), () -> upload(b, key).statusCode() != 200))
                    .as("B refuses her key").isTrue();
            assertThat(Duration.between(disabledAt, Instant.now())).isLessThan(SharedState.CACHE_BOUND);

            assertThat(root.postForm("/admin/users/enable", "csrf", root.csrf(), "name", "ana").statusCode())
                    .isEqualTo(303);
            assertThat(upload(a, key).statusCode()).as("enabled again, on A at once").isEqualTo(200);
        }
    }

    private static HttpResponse<byte[]> upload(TestServer node, String key) {
        return Uploads.as(node, key, "a.png", Fixtures.bytes("alpha.png"));
    }

    @Test
    void wrongPasswordsSentToOneNodeLockTheAddressOutOfTheOther() {
        try (TestServer a = nodeA("login-failures-per-hour", "3");
             TestServer b = nodeB("login-failures-per-hour", "3")) {
            site.addWebUser("ana");
            Browser onA = new Browser(a);
            for (int i = 0; i < 3; i++) {
                assertThat(onA.login("ana", "not the password").statusCode()).isEqualTo(401);
            }

            HttpResponse<byte[]> limited = new Browser(b).login("ana", WebUsers.PASSWORD);

            assertThat(limited.statusCode()).isEqualTo(429);
            assertThat(limited.headers().firstValue("Retry-After")).isPresent();
        }
    }

    @Test
    void theFloodLimitCountsUploadsToEveryNode() {
        try (TestServer a = nodeA("flood-per-minute", "3"); TestServer b = nodeB("flood-per-minute", "3")) {
            assertThat(Uploads.as(a, TestServer.ADMIN_KEY, "1.png", Fixtures.bytes("alpha.png")).statusCode())
                    .isEqualTo(200);
            assertThat(Uploads.as(b, TestServer.ADMIN_KEY, "2.png", Fixtures.bytes("alpha.png")).statusCode())
                    .isEqualTo(200);
            assertThat(Uploads.as(a, TestServer.ADMIN_KEY, "3.png", Fixtures.bytes("alpha.png")).statusCode())
                    .isEqualTo(200);

            HttpResponse<byte[]> flooding = Uploads.as(b, TestServer.ADMIN_KEY, "4.png",
                    Fixtures.bytes("alpha.png"));

            assertThat(flooding.statusCode()).isEqualTo(429);
            assertThat(Uploads.errorCode(flooding)).isEqualTo(130);
        }
    }

    @Test
    void aSessionMadeOnOneNodeWorksOnTheOther() {
        try (TestServer a = nodeA(); TestServer b = nodeB()) {
            site.addWebUser("ana");
            String cookie = Browser.signedIn(a, "ana", WebUsers.PASSWORD).cookie();

            Browser onB = new Browser(b);
            onB.useCookie(cookie);

            assertThat(onB.get("/login").statusCode()).as("signed in on B: the form forwards").isEqualTo(303);
            assertThat(onB.get("/my/albums").statusCode()).isEqualTo(200);
        }
    }

    /** B serves the thumb from its memory cache; after A deletes the media, B stops within the bound. */
    @Test
    void aMediaDeletedOnOneNodeIsNoLongerServedByTheOtherWithinTheCacheBound() {
        try (TestServer a = nodeA(); TestServer b = nodeB()) {
            JsonNode image = Uploads.image(Uploads.as(a, TestServer.ADMIN_KEY, "doomed.png",
                    Fixtures.bytes("alpha.png")));
            String thumb = path(image.path("thumb").path("url").asText());
            String viewer = path(image.path("url_viewer").asText());
            assertThat(b.get(thumb).statusCode()).isEqualTo(200);
            assertThat(b.get(thumb).statusCode()).as("now from B's cache").isEqualTo(200);

            HttpResponse<byte[]> deleted = a.send(HttpRequest.newBuilder(
                            URI.create(image.path("delete_url").asText()))
                    .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.noBody()).build());
            assertThat(deleted.statusCode()).isEqualTo(200);
            Instant deletedAt = Instant.now();

            assertThat(b.get(viewer).statusCode()).as("pages read the database").isEqualTo(404);
            assertThat(within(SharedState.CACHE_BOUND.plusSeconds(2), () -> b.get(thumb).statusCode() == 404))
                    .as("B stops serving the cached thumb").isTrue();
            assertThat(Duration.between(deletedAt, Instant.now()))
                    .isLessThan(SharedState.CACHE_BOUND.plusSeconds(2));
        }
    }

    @Test
    void aMediaExpiredOnOneNodeIsNoLongerServedByTheOther() {
        try (TestServer a = nodeA(); TestServer b = nodeB()) {
            JsonNode image = Uploads.image(Uploads.as(a, TestServer.ADMIN_KEY, "short.png",
                    Fixtures.bytes("alpha.png"), "expiration", "PT5M"));
            String thumb = path(image.path("thumb").path("url").asText());
            assertThat(b.get(thumb).statusCode()).isEqualTo(200);

            TestDatabase.update(site.folderA, "UPDATE media SET expires_at = ? WHERE name = ?",
                    Instant.now().minusSeconds(1).toEpochMilli(), image.path("name").asText());

            assertThat(b.get(path(image.path("url_viewer").asText())).statusCode()).isEqualTo(404);
            assertThat(within(SharedState.CACHE_BOUND.plusSeconds(2), () -> b.get(thumb).statusCode() == 404))
                    .isTrue();
        }
    }

    /** Both nodes sweep every 100 ms; the expired media go, rows and files, and the lasting one stays. */
    @Test
    void expiredMediaAreSweptWhileBothNodesRun() {
        try (TestServer a = nodeA("sweep-interval", "100ms"); TestServer b = nodeB("sweep-interval", "100ms")) {
            JsonNode lasting = Uploads.image(Uploads.as(b, TestServer.ADMIN_KEY, "lasting.png",
                    Fixtures.bytes("alpha.png")));
            for (int i = 0; i < 12; i++) {
                TestServer to = i % 2 == 0 ? a : b;
                Uploads.image(Uploads.as(to, TestServer.ADMIN_KEY, "expiring" + i + ".png",
                        CrashSafetyIT.withComment(Fixtures.bytes("photo.jpg"), "expiring " + i),
                        "expiration", "PT5M"));
            }
            TestDatabase.update(site.folderA, "UPDATE media SET expires_at = ? WHERE expires_at IS NOT NULL",
                    Instant.now().minusSeconds(1).toEpochMilli());

            assertThat(within(Duration.ofSeconds(10), () -> TestDatabase.number(site.folderA,
                    "SELECT COUNT(*) FROM media") == 1 && a.storedFiles().stream().noneMatch(
                            name -> name.contains("expiring")))).as(String.valueOf(a.storedFiles())).isTrue();
            assertThat(a.get(path(lasting.path("url").asText())).statusCode()).isEqualTo(200);
            assertThat(b.get(path(lasting.path("thumb").path("url").asText())).statusCode()).isEqualTo(200);
        }
    }

    /** Identical bytes stored on both nodes share one file, kept while any of their media is left on either. */
    @Test
    void sharedFilesOfTheHashLayoutStayWhileAMediaOnEitherNodeNeedsThem() {
        try (TestServer a = nodeA("storage-mode", "hash"); TestServer b = nodeB("storage-mode", "hash")) {
            byte[] png = Fixtures.bytes("alpha.png");
            JsonNode onA = Uploads.image(Uploads.as(a, TestServer.ADMIN_KEY, "one.png", png));
            JsonNode onB = Uploads.image(Uploads.as(b, TestServer.ADMIN_KEY, "two.png", png));
            assertThat(onB.path("url").asText()).endsWith(path(onA.path("url").asText()));
            assertThat(site.storedKeys()).hasSize(2);

            assertThat(deleteWithLink(b, onA).statusCode()).isEqualTo(200);
            assertThat(a.get(path(onB.path("url").asText())).statusCode()).isEqualTo(200);
            assertThat(deleteWithLink(a, onB).statusCode()).isEqualTo(200);
            assertThat(site.storedKeys()).as("the last media took the files with it").isEmpty();

            JsonNode again = Uploads.image(Uploads.as(b, TestServer.ADMIN_KEY, "three.png", png));
            assertThat(a.get(path(again.path("url").asText())).statusCode()).isEqualTo(200);
            assertThat(site.storedKeys()).hasSize(2);
        }
    }

    private static HttpResponse<byte[]> deleteWithLink(TestServer node, JsonNode image) {
        return node.send(HttpRequest.newBuilder(node.uri(path(image.path("delete_url").asText())))
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    @Test
    void aMediaWhoseAlbumIsMadePrivateOnOneNodeIsNoLongerShownByTheOther() {
        try (TestServer a = nodeA(); TestServer b = nodeB()) {
            site.addWebUser("ana");
            Browser ana = Browser.signedIn(a, "ana", WebUsers.PASSWORD);
            String album = WebWorld.album(ana, "Trip", "public");
            String key = site.cli("", "key", "create", "--user", "ana").strip();
            JsonNode image = Uploads.image(Uploads.as(a, key, "trip.png",
                    Fixtures.bytes("alpha.png"), "album_id", album));
            String viewer = path(image.path("url_viewer").asText());
            assertThat(b.get(viewer).statusCode()).isEqualTo(200);

            HttpResponse<byte[]> changed = ana.json("POST", "/web/api/albums/" + album, "{\"privacy\":\"private\"}",
                    ana.csrf());
            assertThat(changed.statusCode()).as(Browser.text(changed)).isEqualTo(200);

            assertThat(within(SharedState.CACHE_BOUND.plusSeconds(2), () -> b.get(viewer).statusCode() == 404))
                    .as("B no longer shows it to visitors").isTrue();
        }
    }

    /** Killed a moment ago, so its heartbeat is fresh: restarted under its node-id, it cleans up at once. */
    @Test
    void aNodeRestartedUnderItsConfiguredIdRemovesWhatItsPreviousRunLeftAtOnce() throws IOException {
        try (TestServer first = nodeA("node-id", "alpha")) {
            Uploads.image(Uploads.as(first, TestServer.ADMIN_KEY, "first.png", Fixtures.bytes("alpha.png")));
        }
        TestDatabase.update(site.folderA, "INSERT INTO nodes (id, started_at, last_seen) VALUES ('alpha', ?, ?)",
                Instant.now().toEpochMilli(), Instant.now().toEpochMilli());
        Path spooled = site.folderA.resolve("tmp").resolve("alpha").resolve("request-cut-short").resolve("body");
        Files.createDirectories(spooled.getParent());
        Files.write(spooled, Fixtures.bytes("alpha.png"));
        List<String> interrupted = List.of("2020/01/01/cut-short.png", "2020/01/01/cut-short.th.png");
        interrupted.forEach(key -> site.store(key, Fixtures.bytes("alpha.png")));
        try (Database database = Database.open(site.database())) {
            database.uploadJournal("alpha").begin(interrupted.get(0), interrupted);
        }

        try (TestServer restarted = nodeA("node-id", "alpha")) {
            assertThat(restarted.storedFiles()).noneMatch(name -> name.contains("cut-short"));
            assertThat(spooled.getParent()).doesNotExist();
            assertThat(TestDatabase.number(site.folderA, "SELECT COUNT(*) FROM upload_journal")).isZero();
        }
    }

    /**
     * A's upload in flight is a journal entry of A's with its files, and a spooled body in A's tmp folder: B
     * starting, and B's sweeps, leave them alone while A lives, and remove them once A is gone.
     */
    @Test
    void aNodeStartingOrSweepingLeavesAnotherNodesUploadsInFlightAloneUntilThatNodeIsGone() throws IOException {
        TestServer a = nodeA("sweep-interval", "200ms");
        try {
            Uploads.image(Uploads.as(a, TestServer.ADMIN_KEY, "first.png", Fixtures.bytes("alpha.png")));
            String nodeA = TestDatabase.text(site.folderA, "SELECT id FROM nodes");
            Path spooled = site.folderA.resolve("tmp").resolve(nodeA).resolve("request-in-flight").resolve("body");
            Files.createDirectories(spooled.getParent());
            Files.write(spooled, Fixtures.bytes("alpha.png"));
            List<String> inFlight = List.of("2020/01/01/in-flight.png", "2020/01/01/in-flight.th.png");
            inFlight.forEach(key -> site.store(key, Fixtures.bytes("alpha.png")));
            try (Database database = Database.open(site.database())) {
                database.uploadJournal(nodeA).begin(inFlight.get(0), inFlight);
            }

            // A node long silent: B's sweep forgetting it shows that B swept.
            TestDatabase.update(site.folderA,
                    "INSERT INTO nodes (id, started_at, last_seen) VALUES ('long-gone', 0, 0)");

            try (TestServer b = nodeB("sweep-interval", "200ms")) {
                assertThat(within(Duration.ofSeconds(10), () -> TestDatabase.number(site.folderA,
                        "SELECT COUNT(*) FROM nodes WHERE id = 'long-gone'") == 0)).as("B swept").isTrue();
                assertThat(TestDatabase.number(site.folderA, "SELECT COUNT(*) FROM nodes")).isEqualTo(2);
                assertThat(spooled).exists();
                assertThat(b.storedFiles()).contains(inFlight.get(0), inFlight.get(1));

                a.close();
                a = null;

                // B reaches A's tmp/ only when the nodes share a folder; else A cleans it when it starts again.
                Path tempOfA = spooled.getParent().getParent();
                assertThat(within(Duration.ofSeconds(10), () -> (!site.sharesAFolder() || !Files.exists(tempOfA))
                        && b.storedFiles().stream().noneMatch(name -> name.contains("in-flight"))))
                        .as("B cleans up after A once A is gone").isTrue();
                assertThat(TestDatabase.number(site.folderA, "SELECT COUNT(*) FROM upload_journal")).isZero();
            }
        } finally {
            if (a != null) {
                a.close();
            }
        }
    }
}
