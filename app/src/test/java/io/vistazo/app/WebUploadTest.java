package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vistazo.media.testing.Fixtures;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code POST /web/upload}, the web uploader's endpoint, and the {@code /upload} page around it: the session's
 * user uploads without a key, with the session's CSRF token; guests only where the operator allows them.
 */
class WebUploadTest {

    private static final Pattern CONFIG_CSRF = Pattern.compile("\"csrf\":\"([^\"]+)\"");

    @TempDir
    Path dataDir;

    /** The token the page hands its script. */
    private static String pageCsrf(Browser browser) {
        String page = Browser.text(browser.get("/upload"));
        Matcher matcher = CONFIG_CSRF.matcher(page);
        assertThat(matcher.find()).as("the uploader's config in " + page).isTrue();
        return matcher.group(1);
    }

    private static HttpResponse<byte[]> upload(TestServer server, Browser browser, String csrf, String name,
                                               String... fields) {
        MultipartBody body = new MultipartBody();
        for (int i = 0; i < fields.length; i += 2) {
            body.field(fields[i], fields[i + 1]);
        }
        body.file("source", name, "image/jpeg", Fixtures.bytes("photo.jpg"));
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri("/web/upload"))
                .header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()));
        if (browser.cookie() != null) {
            request.header("Cookie", "vistazo_session=" + browser.cookie());
        }
        if (csrf != null) {
            request.header("X-CSRF-Token", csrf);
        }
        return server.send(request.build());
    }

    @Test
    void aSignedInPersonUploadsWithoutAKeyAndGetsTheApiAnswer() {
        try (TestServer server = TestServer.start(dataDir, HttpEngine.JDK)) {
            WebUsers.add(dataDir, "ana", "user");
            Browser ana = Browser.signedIn(server, "ana", WebUsers.PASSWORD);

            HttpResponse<byte[]> response = upload(server, ana, pageCsrf(ana), "beach.jpg", "title", "Beach",
                    "tags", "sea,sand", "nsfw", "1");

            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode image = Uploads.image(response);
            assertThat(image.path("title").asText()).isEqualTo("Beach");
            assertThat(image.path("tags_string").asText()).isEqualTo("sea, sand");
            assertThat(image.path("nsfw").asInt()).isEqualTo(1);
            assertThat(server.get(image.path("url").asText()).statusCode()).isEqualTo(200);
            assertThat(Browser.text(ana.get("/my"))).contains("Beach");
        }
    }

    @Test
    void withoutTheSessionsCsrfTokenNothingIsStored() {
        try (TestServer server = TestServer.start(dataDir, HttpEngine.JDK)) {
            WebUsers.add(dataDir, "ana", "user");
            Browser ana = Browser.signedIn(server, "ana", WebUsers.PASSWORD);
            Browser other = new Browser(server);
            String othersToken = other.csrf();

            HttpResponse<byte[]> missing = upload(server, ana, null, "a.jpg");
            HttpResponse<byte[]> foreign = upload(server, ana, othersToken, "b.jpg");

            assertThat(missing.statusCode()).isEqualTo(403);
            assertThat(foreign.statusCode()).isEqualTo(403);
            assertThat(TestServer.json(foreign).path("error").path("message").asText()).contains("CSRF");
            assertThat(server.storedFiles()).isEmpty();
        }
    }

    @Test
    void visitorsWhoAreNotSignedInAreInvitedToSignInUnlessGuestsMayUpload() {
        try (TestServer server = TestServer.start(dataDir, HttpEngine.JDK)) {
            Browser visitor = new Browser(server);
            String page = Browser.text(visitor.get("/upload"));
            assertThat(page).contains("You must <a href=\"/login?next=/upload\">sign in</a> to upload files.")
                    .doesNotContain("<script");
            String csrf = visitor.csrf();

            HttpResponse<byte[]> refused = upload(server, visitor, csrf, "a.jpg");
            HttpResponse<byte[]> withKeyOnly = send(server, TestServer.ADMIN_KEY);

            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(Uploads.errorMessage(refused)).isEqualTo("Request denied");
            assertThat(withKeyOnly.statusCode()).as("API keys do not open the web endpoint").isEqualTo(403);
            assertThat(server.storedFiles()).isEmpty();
        }
    }

    private static HttpResponse<byte[]> send(TestServer server, String key) {
        MultipartBody body = new MultipartBody().file("source", "a.jpg", "image/jpeg", Fixtures.bytes("photo.jpg"));
        return server.postMultipart("/web/upload", body, "X-API-Key", key);
    }

    @Test
    void whereGuestsMayUploadTheyUploadAsTheGuest() {
        try (TestServer server = TestServer.start(dataDir, HttpEngine.JDK, "web-guest-uploads", "on")) {
            Browser guest = new Browser(server);
            String csrf = pageCsrf(guest);

            HttpResponse<byte[]> stored = upload(server, guest, csrf, "guest.jpg", "tags", "ignored");
            HttpResponse<byte[]> byUrl = uploadText(server, guest, csrf, "https://example.org/a.jpg");

            assertThat(stored.statusCode()).isEqualTo(200);
            assertThat(Uploads.image(stored).path("tags").size()).as("guests own no tags").isZero();
            assertThat(Uploads.errorMessage(byUrl)).isEqualTo("URL uploading is disabled");
        }
    }

    private static HttpResponse<byte[]> uploadText(TestServer server, Browser browser, String csrf, String source) {
        MultipartBody body = new MultipartBody().field("source", source);
        return server.send(HttpRequest.newBuilder(server.uri("/web/upload"))
                .header("Content-Type", body.contentType())
                .header("Cookie", "vistazo_session=" + browser.cookie())
                .header("X-CSRF-Token", csrf)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())).build());
    }

    @Test
    void floodLimitsApplyToSessionUploadsToo() {
        try (TestServer server = TestServer.start(dataDir, HttpEngine.JDK, "flood-per-minute", "1")) {
            WebUsers.add(dataDir, "ana", "user");
            Browser ana = Browser.signedIn(server, "ana", WebUsers.PASSWORD);
            String csrf = pageCsrf(ana);

            assertThat(upload(server, ana, csrf, "one.jpg").statusCode()).isEqualTo(200);
            HttpResponse<byte[]> second = upload(server, ana, csrf, "two.jpg");

            assertThat(second.statusCode()).isEqualTo(429);
            assertThat(Uploads.errorCode(second)).isEqualTo(130);
        }
    }

    @Test
    void thePageRunsOnlyItsOwnHashedScriptUnderAStrictPolicy() {
        try (TestServer server = TestServer.start(dataDir, HttpEngine.JDK, "upload-threads", "3")) {
            WebUsers.add(dataDir, "ana", "user");
            Browser ana = Browser.signedIn(server, "ana", WebUsers.PASSWORD);
            HttpResponse<byte[]> response = ana.get("/upload");
            String page = Browser.text(response);

            String csp = response.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertThat(csp).contains("default-src 'none'", "script-src 'self'", "connect-src 'self'",
                    "frame-ancestors 'none'").doesNotContain("unsafe");
            assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
            assertThat(page).doesNotContainPattern("<script(?![^>]*(type=\"application/json\"|src=))")
                    .doesNotContainPattern(" on[a-z]+=").contains("\"threads\":3");
            Matcher script = Pattern.compile("src=\"(/assets/uploader\\.[0-9a-f]{10}\\.js)\"").matcher(page);
            assertThat(script.find()).isTrue();
            HttpResponse<byte[]> asset = server.get(script.group(1));
            assertThat(asset.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/javascript"));
            assertThat(asset.headers().firstValue("Cache-Control")).contains("public, max-age=31536000, immutable");
        }
    }

    @Test
    void theLanguageComesFromTheSwitcherThenTheCookieThenAcceptLanguage() {
        try (TestServer server = TestServer.start(dataDir, HttpEngine.JDK, "web-guest-uploads", "on")) {
            assertThat(page(server, "/upload", "es-MX,es;q=0.9,en;q=0.5", null)).contains("<html lang=\"es\"")
                    .contains("Arrastra y suelta o pega archivos aquí para subirlos");
            assertThat(page(server, "/upload", "fr, de;q=0.5", null)).contains("<html lang=\"en\"");

            HttpResponse<byte[]> chosen = server.send(HttpRequest.newBuilder(server.uri("/upload?lang=es"))
                    .header("Accept-Language", "en").build());
            assertThat(Browser.text(chosen)).contains("<html lang=\"es\"");
            assertThat(chosen.headers().allValues("Set-Cookie")).anyMatch(cookie -> cookie.startsWith(
                    "vistazo_lang=es;"));

            assertThat(page(server, "/upload", "en", "vistazo_lang=es")).contains("<html lang=\"es\"");
        }
    }

    private static String page(TestServer server, String path, String acceptLanguage, String cookie) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path)).header("Accept-Language",
                acceptLanguage);
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return Browser.text(server.send(request.build()));
    }
}
