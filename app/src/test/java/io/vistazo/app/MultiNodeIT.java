package io.vistazo.app;

import static io.vistazo.app.Poll.within;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vistazo.core.service.SharedState;
import io.vistazo.media.testing.Fixtures;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two processes of the shaded jar serving one site, on one SQLite file and one shared data folder, and on one
 * PostgreSQL database and one bucket with a data folder per node: what one node stores, limits or signs in is
 * seen by the other, expired media are swept once with both running, and a node killed with SIGKILL in the middle
 * of a stream of uploads loses no acknowledged upload and, once the other has swept, leaves no orphan file.
 */
class MultiNodeIT {

    private static final int UPLOADERS = 4;
    private static final int SUCCESSES_BEFORE_KILL = 16;
    private static final int EXPIRING = 6;
    /** The default {@code flood-per-minute}. */
    private static final int FLOOD_PER_MINUTE = 50;
    /** A is gone three missed beats after its last; both sweep often. */
    private static final String[] FAST_NODES = {"--heartbeat-interval", "500ms", "--sweep-interval", "250ms"};

    private static final Pattern NODE_JOINED = Pattern.compile("Node (\\w+) joined");
    private static final Pattern EXPIRED_DELETED = Pattern.compile("Deleted (\\d+) expired media");

    private final JarClient jars = new JarClient();

    /**
     * In turn, on the same two nodes: a media uploaded on A is viewed, downloaded in part and deleted on B; a
     * session made on A works on B; expired media are swept with both running; and the default flood limit counts
     * the uploads to both. Every media of a step is gone before the next, so the flood limit starts from zero.
     */
    @ParameterizedTest
    @EnumSource(TwoNodeSite.Kind.class)
    void twoNodesServeOneSite(TwoNodeSite.Kind kind, @TempDir Path root) throws Exception {
        TwoNodeSite site = TwoNodeSite.create(kind, root);
        try (JarProcess a = site.startNode(site.folderA, FAST_NODES);
             JarProcess b = site.startNode(site.folderB, FAST_NODES)) {
            TestServer onA = TestServer.remote(a.baseUrl(), site.folderA);
            TestServer onB = TestServer.remote(b.baseUrl(), site.folderB);
            String key = a.adminKey();

            uploadedOnAIsViewedDownloadedAndDeletedOnB(site, onA, onB, key);
            aSessionMadeOnAWorksOnB(site, onA, onB);
            expiredMediaAreSweptOnceWithBothRunning(site, onA, onB, key, a, b);
            theFloodLimitCountsTheUploadsToBoth(onA, onB, key);

            if (!site.sharesAFolder()) {
                assertThat(TwoNodeSite.entriesOf(site.folderA)).as("A keeps only its tmp/").containsExactly("tmp");
                assertThat(TwoNodeSite.entriesOf(site.folderB)).as("B keeps only its tmp/").containsExactly("tmp");
            }
            assertThat(a.log()).doesNotContain("ERROR");
            assertThat(b.log()).doesNotContain("ERROR");
        }
    }

    private void uploadedOnAIsViewedDownloadedAndDeletedOnB(TwoNodeSite site, TestServer onA, TestServer onB,
            String key) {
        JsonNode image = Uploads.image(Uploads.as(onA, key, "shared.jpg",
                CrashSafetyIT.withComment(Fixtures.bytes("photo.jpg"), "shared")));
        String file = path(image.path("url").asText());
        assertThat(onB.get(path(image.path("url_viewer").asText())).statusCode()).isEqualTo(200);
        HttpResponse<byte[]> whole = onB.get(file);
        assertThat(whole.statusCode()).isEqualTo(200);

        HttpResponse<byte[]> part = onB.send(HttpRequest.newBuilder(onB.uri(file)).header("Range", "bytes=100-199")
                .GET().build());

        assertThat(part.statusCode()).isEqualTo(206);
        assertThat(part.headers().firstValue("Content-Range")).hasValue("bytes 100-199/" + whole.body().length);
        assertThat(part.body()).isEqualTo(Arrays.copyOfRange(whole.body(), 100, 200));

        String deleteUrl = path(image.path("delete_url").asText());
        HttpResponse<byte[]> deleted = onB.send(HttpRequest.newBuilder(onB.uri(deleteUrl))
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThat(onA.get(path(image.path("url_viewer").asText())).statusCode()).isEqualTo(404);
        assertThat(within(SharedState.CACHE_BOUND.plusSeconds(2), () -> onA.get(file).statusCode() == 404)).isTrue();
        assertThat(site.storedKeys()).isEmpty();
    }

    private static void aSessionMadeOnAWorksOnB(TwoNodeSite site, TestServer onA, TestServer onB) {
        site.addWebUser("ana");
        String cookie = Browser.signedIn(onA, "ana", WebUsers.PASSWORD).cookie();

        Browser ana = new Browser(onB);
        ana.useCookie(cookie);

        assertThat(ana.get("/login").statusCode()).as("signed in on B: the form forwards").isEqualTo(303);
        assertThat(ana.get("/my/albums").statusCode()).isEqualTo(200);
    }

    /** Both sweep every 250 ms: between them the logs report each expired media deleted once. */
    private static void expiredMediaAreSweptOnceWithBothRunning(TwoNodeSite site, TestServer onA, TestServer onB,
            String key, JarProcess a, JarProcess b) {
        for (int i = 0; i < EXPIRING; i++) {
            Uploads.image(Uploads.as(i % 2 == 0 ? onA : onB, key, "expiring" + i + ".jpg",
                    CrashSafetyIT.withComment(Fixtures.bytes("photo.jpg"), "expiring " + i), "expiration", "PT5M"));
        }
        TestDatabase.update(site.folderA, "UPDATE media SET expires_at = ? WHERE expires_at IS NOT NULL",
                Instant.now().minusSeconds(1).toEpochMilli());

        assertThat(within(Duration.ofSeconds(20), () -> TestDatabase.number(site.folderA,
                "SELECT COUNT(*) FROM media") == 0 && site.storedKeys().isEmpty()))
                .as(String.valueOf(site.storedKeys())).isTrue();
        assertThat(within(Duration.ofSeconds(5), () -> expiredDeletedIn(a.log()) + expiredDeletedIn(b.log())
                >= EXPIRING)).isTrue();
        assertThat(expiredDeletedIn(a.log()) + expiredDeletedIn(b.log())).as(a.log() + b.log()).isEqualTo(EXPIRING);
    }

    private static int expiredDeletedIn(String log) {
        Matcher deleted = EXPIRED_DELETED.matcher(log);
        int total = 0;
        while (deleted.find()) {
            total += Integer.parseInt(deleted.group(1));
        }
        return total;
    }

    private static void theFloodLimitCountsTheUploadsToBoth(TestServer onA, TestServer onB, String key) {
        for (int i = 0; i < FLOOD_PER_MINUTE; i++) {
            HttpResponse<byte[]> upload = Uploads.as(i % 2 == 0 ? onA : onB, key, "flood" + i + ".jpg",
                    CrashSafetyIT.withComment(Fixtures.bytes("photo.jpg"), "flood " + i));
            assertThat(upload.statusCode()).as("upload " + i).isEqualTo(200);
        }
        for (TestServer node : List.of(onA, onB)) {
            HttpResponse<byte[]> flooding = Uploads.as(node, key, "one-too-many.jpg",
                    CrashSafetyIT.withComment(Fixtures.bytes("photo.jpg"), "one too many"));
            assertThat(flooding.statusCode()).isEqualTo(429);
            assertThat(Uploads.errorCode(flooding)).isEqualTo(130);
        }
    }

    @ParameterizedTest
    @EnumSource(TwoNodeSite.Kind.class)
    void aNodeKilledMidUploadLosesNoAcknowledgedUploadAndTheOtherCleansUpAfterIt(TwoNodeSite.Kind kind,
            @TempDir Path root) throws Exception {
        TwoNodeSite site = TwoNodeSite.create(kind, root);
        String[] settings = withFloodOff(FAST_NODES);
        List<JsonNode> acknowledged = new CopyOnWriteArrayList<>();
        try (JarProcess a = site.startNode(site.folderA, settings);
             JarProcess b = site.startNode(site.folderB, settings)) {
            String adminKey = a.adminKey();
            String nodeA = nodeIdIn(a.log());
            ExecutorService uploaders = Executors.newFixedThreadPool(UPLOADERS);
            AtomicInteger serial = new AtomicInteger();
            for (int i = 0; i < UPLOADERS; i++) {
                uploaders.submit(() -> jars.uploadUntilRefused(a, adminKey, "node", serial, acknowledged));
            }
            assertThat(within(Duration.ofSeconds(60), () -> acknowledged.size() >= SUCCESSES_BEFORE_KILL)).isTrue();
            a.kill();
            Path tempOfA = site.folderA.resolve("tmp").resolve(nodeA);
            assertThat(tempOfA).as("A spooled its uploads in its own folder").exists();
            uploaders.shutdown();
            assertThat(uploaders.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

            for (JsonNode image : acknowledged) {
                byte[] stored = jars.get(b, image.path("url").asText());
                assertThat(CrashSafetyIT.md5(stored)).as(image.path("url").asText())
                        .isEqualTo(image.path("md5").asText());
                assertThat(jars.get(b, image.path("thumb").path("url").asText())).isNotEmpty();
            }
            assertThat(within(Duration.ofSeconds(30), () -> TestDatabase.number(site.folderB,
                    "SELECT COUNT(*) FROM upload_journal") == 0
                    && (!site.sharesAFolder() || !Files.exists(tempOfA))))
                    .as("B removed A's interrupted uploads (and, in the shared folder, A's tmp/):\n" + b.log())
                    .isTrue();

            assertThat(orphans(site)).as("files no row needs").isEmpty();
            assertThat(JarProcess.check(site.folderB, site.flags()))
                    .contains("every row has its files and every file belongs to a row");
            assertThat(b.log()).doesNotContain("ERROR");
            if (!site.sharesAFolder()) {
                assertThat(TwoNodeSite.entriesOf(site.folderB)).containsExactly("tmp");
                assertThat(site.folderB.resolve("tmp").resolve(nodeA)).doesNotExist();
                try (JarProcess restarted = site.startNode(site.folderA, settings)) {
                    assertThat(nodeIdIn(restarted.log())).isNotEqualTo(nodeA);
                    assertThat(tempOfA).as("A's own folder, cleaned when A starts again").doesNotExist();
                }
            }
        }
    }

    private static String[] withFloodOff(String[] settings) {
        String[] all = Arrays.copyOf(settings, settings.length + 2);
        all[settings.length] = "--flood-per-minute";
        all[settings.length + 1] = "0";
        return all;
    }

    /** Stored files that belong to no media row: a key is a row's key, or its stem followed by a suffix. */
    private static List<String> orphans(TwoNodeSite site) {
        List<String> stems = TestDatabase.texts(site.folderB, "SELECT storage_key FROM media").stream()
                .map(key -> key.substring(0, key.lastIndexOf('.')) + ".").toList();
        List<String> orphans = new ArrayList<>();
        for (String stored : site.storedKeys()) {
            if (stems.stream().noneMatch(stored::startsWith)) {
                orphans.add(stored);
            }
        }
        return orphans;
    }



    private static String path(String url) {
        return URI.create(url).getPath();
    }

    private static String nodeIdIn(String log) {
        Matcher joined = NODE_JOINED.matcher(log);
        assertThat(joined.find()).as(log).isTrue();
        return joined.group(1);
    }


}
