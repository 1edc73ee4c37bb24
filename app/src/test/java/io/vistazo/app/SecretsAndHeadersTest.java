package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vistazo.media.testing.Fixtures;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Secrets never rest in plain text, and every page and file carries the headers that keep uploads inert. */
class SecretsAndHeadersTest {

    @TempDir
    Path dataDir;

    @Test
    void apiKeysAndDeleteSecretsAreOnlyStoredHashed() throws IOException {
        String deleteSecret;
        String issuedKey;
        try (Vistazo.Server server = Vistazo.builder().dataDir(dataDir).port(0).engine("jdk").start();
             TestServer client = TestServer.attach(server, dataDir)) {
            issuedKey = server.createdAdminKey();
            JsonNode image = TestServer.json(client.postMultipart("/api/1/upload",
                    new MultipartBody().field("key", issuedKey).file("source", "a.png", "image/png",
                            Fixtures.bytes("alpha.png")))).path("image");
            String deleteUrl = image.path("delete_url").asText();
            deleteSecret = deleteUrl.substring(deleteUrl.lastIndexOf('/') + 1);
        }
        String stored = everythingStoredAsText();
        assertThat(stored).doesNotContain(issuedKey).doesNotContain(issuedKey.substring(issuedKey.lastIndexOf('_') + 1))
                .doesNotContain(deleteSecret);
    }

    @Test
    void htmlPagesCarryASecurityPolicy() {
        try (TestServer server = TestServer.start(dataDir, HttpEngine.JETTY)) {
            JsonNode image = server.upload("a.png", Fixtures.bytes("alpha.png"), "tags", "beach").path("image");
            WebUsers.add(dataDir, "ana", "user");
            Cli.run(dataDir, "category", "add", "Nature", "--key", "nature");
            Browser ana = Browser.signedIn(server, "ana", WebUsers.PASSWORD);
            String album = WebWorld.album(ana, "Trip", "public");
            JsonNode own = Uploads.image(Uploads.as(server, WebUsers.key(dataDir, "ana"), "a.png",
                    Fixtures.bytes("alpha.png"), "nsfw", "1"));
            for (String page : new String[] {image.path("url_viewer").asText(), image.path("delete_url").asText(),
                    server.server.baseUrl() + "/no/such/page", "/login", "/album/" + album, "/category/nature",
                    "/tag/beach", own.path("path_viewer").asText()}) {
                assertSecurityHeaders(page, new Browser(server).get(followed(server, page)));
            }
            for (String page : new String[] {"/my", "/my/albums", "/my/keys", "/my/media/" + own.path("id_encoded")
                    .asText(), own.path("path_viewer").asText(), "/album/" + album}) {
                assertSecurityHeaders(page, ana.get(followed(server, page)));
            }
        }
    }

    /** The path a short form redirects to, or the page itself. */
    private static String followed(TestServer server, String page) {
        String path = page.startsWith("http") ? page.substring(server.server.baseUrl().length()) : page;
        HttpResponse<byte[]> response = server.get(path);
        return response.statusCode() == 302 ? response.headers().firstValue("Location").orElseThrow() : path;
    }

    private static void assertSecurityHeaders(String page, HttpResponse<byte[]> response) {
        assertThat(response.statusCode()).as(page).isEqualTo(page.endsWith("/no/such/page") ? 404 : 200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).as(page).startsWith("text/html");
        assertThat(response.headers().firstValue("Content-Security-Policy").orElse("")).as(page)
                .contains("default-src 'none'").contains("frame-ancestors 'none'").doesNotContain("unsafe");
        assertThat(response.headers().firstValue("X-Frame-Options")).as(page).hasValue("DENY");
        assertThat(response.headers().firstValue("Referrer-Policy")).as(page).isPresent();
        assertThat(response.headers().firstValue("X-Content-Type-Options")).as(page).hasValue("nosniff");
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).as(page)
                .doesNotContainPattern("<script(?! src=\"/assets/)");
    }

    /** The database, its WAL and every other file in the data folder, as Latin-1 text (byte for byte). */
    private String everythingStoredAsText() throws IOException {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                text.append(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
        }
        return text.toString();
    }
}
