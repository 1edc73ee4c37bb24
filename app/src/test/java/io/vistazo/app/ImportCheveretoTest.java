package io.vistazo.app;

import static io.vistazo.app.chevereto.CheveretoSite.EXPIRED;
import static io.vistazo.app.chevereto.CheveretoSite.FOX;
import static io.vistazo.app.chevereto.CheveretoSite.HIDDEN;
import static io.vistazo.app.chevereto.CheveretoSite.LOCKED;
import static io.vistazo.app.chevereto.CheveretoSite.PASSWORD_ALBUM;
import static io.vistazo.app.chevereto.CheveretoSite.PIXEL;
import static io.vistazo.app.chevereto.CheveretoSite.PRIVATE_ALBUM;
import static io.vistazo.app.chevereto.CheveretoSite.PUBLIC_ALBUM;
import static io.vistazo.app.chevereto.CheveretoSite.UNLISTED_ALBUM;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.vistazo.app.chevereto.CheveretoSite;
import io.vistazo.app.chevereto.CheveretoSite.Flavor;
import io.vistazo.app.chevereto.MariaDbServer;
import io.vistazo.core.text.Slugs;
import java.awt.Color;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code vistazo import chevereto} from a real MariaDB holding a Chevereto 4.2, 4.0 and Free 1.6 site into a
 * site started once before (so holding its first-start admin), then the real server: old links answer with the
 * same bytes, old passwords sign in, old keys upload, private stays private, the next upload gets a fresh id.
 */
class ImportCheveretoTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path root;

    @ParameterizedTest
    @EnumSource(Flavor.class)
    void everyLinkPasswordAndKeyOfTheOldSiteKeepsWorking(Flavor flavor) throws Exception {
        importAndCheck(flavor, root.resolve("data"));
    }

    @Test
    void intoPostgresqlAndABucket() throws Exception {
        Path data = root.resolve("data");
        TestDatabases.prepare(data, TestDatabases.Kind.POSTGRESQL);
        String[] bucket = TestS3.settings(TestS3.shared(), TestS3.newBucket());
        importAndCheck(Flavor.V4_2, data, bucket);
        try (TestServer server = TestServer.start(data, HttpEngine.JDK, bucket)) {
            assertThat(server.storedFiles()).as("the files are in the bucket").contains("2021/06/30/fox.jpg");
        }
    }

    /** @param settings name, value pairs for the new site (its storage), given to the import and the server */
    private void importAndCheck(Flavor flavor, Path data, String... settings) throws Exception {
        CheveretoSite site = CheveretoSite.build(MariaDbServer.shared(), flavor, root.resolve("old"));
        try (TestServer firstStart = TestServer.start(data, HttpEngine.JDK, settings)) {
            assertThat(firstStart.get("/health").statusCode()).isEqualTo(200);
        }
        List<String> flags = new ArrayList<>();
        for (int i = 0; i < settings.length; i += 2) {
            flags.addAll(List.of("--" + settings[i], settings[i + 1]));
        }
        String output = importSite(site, data, flags.toArray(String[]::new));

        JsonNode report = JSON.readTree(data.resolve("chevereto-import.json").toFile());
        assertThat(report.at("/source/chevereto").asText()).isEqualTo(flavor == Flavor.V4_2 ? "4.2.3"
                : flavor == Flavor.V4_0 ? "4.0.12" : "1.6.2");
        assertThat(report.at("/imported/users").asLong()).isEqualTo(4);
        assertThat(report.at("/imported/images").asLong()).isEqualTo(6);
        assertThat(report.at("/imported/videos").asLong()).isEqualTo(flavor.hasVideo() ? 1 : 0);
        assertThat(report.at("/imported/albums").asLong()).isEqualTo(4);
        assertThat(report.at("/imported/api keys").asLong()).isEqualTo(flavor.isV4() ? 2 : 0);
        assertThat(report.at("/imported/derivatives rendered").asLong()).as(output).isPositive();
        assertThat(report.get("skipped_counts").toString()).contains("\"image: expired\":1",
                "\"image: file missing\":1", "\"image: external storage\":1", "\"image: awaiting moderation\":1");
        assertThat(report.get("external_files").toString()).contains("https://cdn.example.invalid/chevereto/");
        assertThat(report.get("notes").toString()).contains("album 3 (Locked) had a password", "'admin'",
                "user alice had a private profile", "user mallory is banned");

        List<String> serverSettings = new ArrayList<>(List.of(settings));
        serverSettings.addAll(List.of(settingsOf(data)));
        try (TestServer server = TestServer.start(data, HttpEngine.JDK, serverSettings.toArray(String[]::new))) {
            String route = flavor == Flavor.V4_0 ? CheveretoSite.RENAMED_IMAGE_ROUTE : "image";
            String albumRoute = flavor == Flavor.V4_0 ? CheveretoSite.RENAMED_ALBUM_ROUTE : "album";
            oldFilesAnswerWithTheSameBytes(server, site);
            oldPagesAnswer(server, site, route, albumRoute);
            privateStaysPrivate(server, site, albumRoute);
            oldPasswordsSignIn(server);
            long firstNewId = oldKeysUpload(server, site);
            assertThat(firstNewId).as("the next upload continues after the imported ids").isGreaterThan(11);
        }
        oldHashesWereReplaced(data, flavor);
    }

    /** The bcrypt hashes that matched were replaced by ours; the others (the banned account's key) stay. */
    private static void oldHashesWereReplaced(Path data, Flavor flavor) throws SQLException {
        try (Connection db = TestDatabases.connect(data); Statement statement = db.createStatement()) {
            ResultSet user = statement.executeQuery("SELECT password_hash FROM users WHERE name = 'alice'");
            assertThat(user.next()).isTrue();
            assertThat(user.getString(1)).startsWith("pbkdf2-sha256$");
            if (flavor.isV4()) {
                ResultSet key = statement.executeQuery("SELECT hash FROM api_keys WHERE id = 7");
                assertThat(key.next()).isTrue();
                assertThat(key.getString(1)).as("the key's bcrypt became our digest").matches("[0-9a-f]{64}");
            }
        }
    }

    @Test
    void aSecondRunNeedsResumeAndThenChangesNothing() throws IOException {
        CheveretoSite site = CheveretoSite.build(MariaDbServer.shared(), Flavor.V4_0, root.resolve("old"));
        Path data = root.resolve("data");
        importSite(site, data);
        JsonNode first = JSON.readTree(data.resolve("chevereto-import.json").toFile());

        String refused = importRefused(site, data);
        assertThat(refused).contains("--resume");
        importSite(site, data, "--resume");
        JsonNode again = JSON.readTree(data.resolve("chevereto-import.json").toFile());
        assertThat(again.at("/imported/images already imported").asLong())
                .isEqualTo(first.at("/imported/images").asLong());
        assertThat(again.at("/imported/images").asLong()).isZero();
    }

    @Test
    void linkedFilesAndExternalFilesFetchedWhenAsked() throws Exception {
        CheveretoSite site = CheveretoSite.build(MariaDbServer.shared(), Flavor.V4_2, root.resolve("old"));
        // HttpEngine's initialisation keeps the JDK's HttpServer provider the default (not jetty-http-spi's).
        assertThat(HttpEngine.JDK.name()).isEqualTo("JDK");
        HttpServer bucket = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        bucket.createContext("/chevereto/", exchange -> {
            byte[] body = site.externalBytes.get(exchange.getRequestURI().getPath().substring("/chevereto/".length()));
            exchange.getResponseHeaders().set("Content-Type", "image/jpeg");
            exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
            try (var out = exchange.getResponseBody()) {
                if (body != null) {
                    out.write(body);
                }
            }
        });
        bucket.start();
        try (Connection db = MariaDbServer.connect(site.url); Statement statement = db.createStatement()) {
            statement.execute("UPDATE chv_storages SET storage_url = 'http://127.0.0.1:" + bucket.getAddress().getPort()
                    + "/chevereto'");
        }
        Path data = root.resolve("data");
        try {
            importSite(site, data, "--link", "--fetch-external", "--url-upload-allow", "127.0.0.0/8");
        } finally {
            bucket.stop(0);
        }
        JsonNode report = JSON.readTree(data.resolve("chevereto-import.json").toFile());
        assertThat(report.at("/imported/images").asLong()).isEqualTo(7);
        assertThat(report.get("external_files")).isEmpty();
        String remote = site.mainKeys.get(CheveretoSite.REMOTE);
        assertThat(Files.readAllBytes(data.resolve("images").resolve(remote)))
                .isEqualTo(site.externalBytes.get(remote));
        String fox = site.mainKeys.get(FOX);
        assertThat(Files.isSameFile(data.resolve("images").resolve(fox), site.files.resolve(fox)))
                .as("--link hard-links").isTrue();
        try (TestServer server = TestServer.start(data, HttpEngine.JDK)) {
            String page = page(server, "/image/" + site.encoded(FOX));
            assertThat(page).as("4.2 tags come along").contains("#fox", "#wild");
            assertThat(server.get("/images/" + remote).body()).isEqualTo(site.externalBytes.get(remote));
        }
    }

    @Test
    void anUnreachableExternalFileIsReportedAndSkipped() throws Exception {
        CheveretoSite site = CheveretoSite.build(MariaDbServer.shared(), Flavor.FREE, root.resolve("old"));
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        try (Connection db = MariaDbServer.connect(site.url); Statement statement = db.createStatement()) {
            statement.execute("UPDATE cf_storages SET storage_url = 'http://127.0.0.1:" + closedPort + "/gone'");
        }
        Path data = root.resolve("data");
        importSite(site, data, "--fetch-external", "--url-upload-allow", "127.0.0.0/8");
        JsonNode report = JSON.readTree(data.resolve("chevereto-import.json").toFile());
        assertThat(report.get("skipped_counts").toString()).contains("\"image: external file unreachable\":1");
        assertThat(report.at("/imported/images").asLong()).isEqualTo(6);
    }

    @Test
    void aDryRunReportsAndWritesNothing() throws IOException {
        CheveretoSite site = CheveretoSite.build(MariaDbServer.shared(), Flavor.FREE, root.resolve("old"));
        Path data = root.resolve("data");
        String output = importSite(site, data, "--dry-run");
        assertThat(output).contains("dry run", "imported images: 6", "skipped image: file missing: 1");
        assertThat(data.resolve("chevereto-import.json")).doesNotExist();
        assertThat(data.resolve("images")).doesNotExist();
    }

    @Test
    void aSiteWithContentIsRefused() throws IOException {
        CheveretoSite site = CheveretoSite.build(MariaDbServer.shared(), Flavor.V4_2, root.resolve("old"));
        Path data = root.resolve("data");
        try (TestServer server = TestServer.start(data, HttpEngine.JDK)) {
            assertThat(server.upload("cat.jpg", CheveretoSite.jpeg(20, 20, Color.RED)).at("/status_code").asInt())
                    .isEqualTo(200);
        }
        assertThat(importRefused(site, data)).contains("already has content", "1 media");
    }

    @Test
    void aChevereto2DatabaseIsRefused() {
        MariaDbServer server = MariaDbServer.shared();
        String url = server.newDatabase();
        server.runScript(url, "CREATE TABLE chv_info (info_key varchar(50), info_value text);\n");
        String refused = runImport(root.resolve("data"), List.of("--from", url, "--user", "root", "--files",
                mkdirs(root.resolve("images")).toString()), false);
        assertThat(refused).contains("Chevereto 2.x", "chv_info");
        assertThat(root.resolve("data")).as("nothing was created").doesNotExist();
    }

    private static void oldFilesAnswerWithTheSameBytes(TestServer server, CheveretoSite site) {
        List<String> publicNames = List.of("fox.", "pixel.", "anim.", "pathy.", "clip.");
        for (String key : site.fileBytes.keySet()) {
            String name = key.substring(key.lastIndexOf('/') + 1);
            if (publicNames.stream().anyMatch(name::startsWith)) {
                HttpResponse<byte[]> file = server.get("/images/" + key);
                assertThat(file.statusCode()).as(key).isEqualTo(200);
                assertThat(CheveretoSite.md5(file.body())).as(key)
                        .isEqualTo(CheveretoSite.md5(site.fileBytes.get(key)));
            }
        }
        assertThat(site.mainKeys.get(FOX)).as("the date folder follows the site-local date")
                .isEqualTo("2021/06/30/fox.jpg");
        HttpResponse<byte[]> rendered = server.get("/images/old/anim.th.gif");
        assertThat(rendered.statusCode()).as("a missing thumb is rendered").isEqualTo(200);
        assertThat(rendered.body()).isNotEmpty();
        assertThat(server.get("/images/" + site.mainKeys.get(EXPIRED)).statusCode()).isEqualTo(404);
    }

    private static void oldPagesAnswer(TestServer server, CheveretoSite site, String route, String albumRoute) {
        String fox = site.encoded(FOX);
        HttpResponse<byte[]> viewer = server.get("/" + route + "/" + Slugs.fromTitle("Red fox") + "." + fox);
        assertThat(viewer.statusCode()).isEqualTo(200);
        assertThat(new String(viewer.body(), StandardCharsets.UTF_8)).contains("Red fox", "2021/06/30/fox.jpg");
        assertThat(server.get("/" + route + "/" + fox).statusCode()).as("short link").isIn(200, 301, 302);
        assertThat(server.get("/" + route + "/" + site.encoded(PIXEL)).statusCode()).isEqualTo(200);
        assertThat(page(server, "/" + albumRoute + "/" + site.encoded(PUBLIC_ALBUM))).contains("Trips", "fox.th.jpg");
        assertThat(page(server, "/" + albumRoute + "/" + site.encoded(UNLISTED_ALBUM))).contains("Unlisted");
        if (site.flavor.hasVideo()) {
            assertThat(server.get("/video/" + site.encoded(CheveretoSite.CLIP)).statusCode()).isEqualTo(200);
        }
    }

    /** The page at the path, after the one redirect to its canonical path (as Chevereto also answers). */
    private static String page(TestServer server, String path) {
        HttpResponse<byte[]> response = server.get(path);
        if (response.statusCode() == 302 || response.statusCode() == 301) {
            String location = response.headers().firstValue("Location").orElseThrow();
            assertThat(location).as("canonical path of " + path)
                    .startsWith(path.substring(0, path.lastIndexOf('/') + 1))
                    .endsWith(path.substring(path.lastIndexOf('/') + 1));
            response = server.get(location);
        }
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static void privateStaysPrivate(TestServer server, CheveretoSite site, String albumRoute) {
        for (long album : List.of(PRIVATE_ALBUM, PASSWORD_ALBUM)) {
            assertThat(server.get("/" + albumRoute + "/" + site.encoded(album)).statusCode()).isEqualTo(404);
        }
        for (long id : List.of(HIDDEN, LOCKED)) {
            assertThat(server.get("/images/" + site.mainKeys.get(id)).statusCode()).isEqualTo(404);
        }
        Browser owner = Browser.signedIn(server, CheveretoSite.USER, CheveretoSite.USER_PASSWORD);
        String hidden = site.mainKeys.get(HIDDEN);
        assertThat(owner.get("/images/" + hidden).body()).isEqualTo(site.fileBytes.get(hidden));
    }

    private static void oldPasswordsSignIn(TestServer server) {
        Browser.signedIn(server, CheveretoSite.ADMIN, CheveretoSite.ADMIN_PASSWORD);
        Browser.signedIn(server, CheveretoSite.USER, CheveretoSite.USER_PASSWORD);
        assertThat(new Browser(server).login(CheveretoSite.USER, "wrong").statusCode()).isNotEqualTo(303);
        assertThat(new Browser(server).login(CheveretoSite.BANNED, CheveretoSite.BANNED_PASSWORD).statusCode())
                .as("banned accounts stay out").isNotEqualTo(303);
    }

    /** The uploads PicGo (multipart, X-API-Key) and imgbb-uploader (urlencoded key and image) send; the first id. */
    private static long oldKeysUpload(TestServer server, CheveretoSite site) {
        byte[] photo = CheveretoSite.jpeg(30, 20, Color.BLUE);
        JsonNode guest = Uploads.image(Uploads.as(server, site.siteKey, "guest.jpg", photo));
        assertThat(guest.has("user")).as("the site (or 4.x guest) key uploads as the guest").isFalse();
        if (!site.flavor.isV4()) {
            return site.codec.decode(guest.get("id_encoded").asText());
        }
        MultipartBody picgo = new MultipartBody();
        picgo.file("source", "picgo.jpg", "image/jpeg", photo);
        HttpResponse<byte[]> fromPicgo = server.postMultipart("/api/1/upload", picgo, "X-API-Key", site.userKey);
        assertThat(fromPicgo.statusCode()).as(new String(fromPicgo.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        long id = site.codec.decode(TestServer.json(fromPicgo).at("/image/id_encoded").asText());

        String imgbb = "key=" + URLEncoder.encode(site.userKey, StandardCharsets.UTF_8) + "&image="
                + URLEncoder.encode(Base64.getEncoder().encodeToString(CheveretoSite.jpeg(31, 21, Color.RED)),
                StandardCharsets.UTF_8);
        HttpResponse<byte[]> fromImgbb = server.postForm("/api/1/upload", imgbb);
        assertThat(fromImgbb.statusCode()).as(new String(fromImgbb.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(TestServer.json(fromImgbb).at("/data/url").asText()).contains("/images/");
        HttpResponse<byte[]> banned = Uploads.as(server, "chv_" + site.encoded(8) + "_" + "0".repeat(128), "x.jpg",
                photo);
        assertThat(banned.statusCode()).as("a banned account's key is revoked").isNotEqualTo(200);
        return id;
    }

    private String importSite(CheveretoSite site, Path data, String... extra) {
        List<String> args = new ArrayList<>(List.of("--from", site.url, "--user", "root", "--password-file",
                passwordFile().toString(), "--prefix", site.flavor.prefix(), "--files", site.files.toString()));
        if (site.encryptsSecrets()) {
            args.addAll(List.of("--encryption-key-file", encryptionKeyFile().toString()));
        }
        args.addAll(List.of(extra));
        return runImport(data, args, true);
    }

    private String importRefused(CheveretoSite site, Path data) {
        return runImport(data, List.of("--from", site.url, "--user", "root", "--prefix", site.flavor.prefix(),
                "--files", site.files.toString()), false);
    }

    /** Runs the command as the command line does; the output, or the error when it must fail. */
    private static String runImport(Path data, List<String> args, boolean mustSucceed) {
        List<String> words = new ArrayList<>(List.of("import", "chevereto"));
        words.addAll(args);
        if (mustSucceed) {
            return Cli.run(data, words.toArray(String[]::new));
        }
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        words.addAll(List.of("--data", data.toString()));
        java.util.Map<String, String> env = new java.util.HashMap<>();
        TestDatabases.settings(data).forEach((name, value) -> words.addAll(List.of("--" + name, value)));
        try {
            int status = Main.run(words, env, java.io.InputStream.nullInputStream(),
                    new java.io.PrintStream(java.io.OutputStream.nullOutputStream()),
                    new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
            assertThat(status).as("exit status").isNotZero();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path encryptionKeyFile() {
        try {
            return Files.writeString(root.resolve("chevereto-encryption-key"), CheveretoSite.ENCRYPTION_KEY + "\n");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Path passwordFile() {
        try {
            Path file = root.resolve("chevereto-password");
            Files.writeString(file, "any password: the test server has no grant tables\n");
            return file;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path mkdirs(Path folder) {
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The settings the import wrote to chevereto.properties, as name, value pairs. */
    private static String[] settingsOf(Path data) throws IOException {
        Path file = data.resolve("chevereto.properties");
        List<String> pairs = new ArrayList<>();
        if (Files.exists(file)) {
            Properties properties = new Properties();
            try (var reader = Files.newBufferedReader(file)) {
                properties.load(reader);
            }
            properties.stringPropertyNames().forEach(name -> pairs.addAll(List.of(name, properties.getProperty(name))));
        }
        return pairs.toArray(String[]::new);
    }
}
