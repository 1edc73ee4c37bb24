package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vistazo.media.testing.Fixtures;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.EnumSource;

/** Stored files, viewer pages and delete links, on both engines and with the files in S3. */
@EnumSource(names = {"JETTY", "JDK", "POSTGRES_AND_S3"})
class ServingTest extends EngineSuite {

    JsonNode photo;
    final byte[] photoBytes = Fixtures.bytes("photo.jpg");

    @Override
    void prepare() {
        photo = server.upload("holiday.jpg", photoBytes, "title", "Día de playa").path("image");
    }

    private HttpResponse<byte[]> get(String url, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(java.net.URI.create(url)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return server.send(request.build());
    }

    @Test
    void filesAreServedExactlyWithCachingAndSafetyHeaders() {
        HttpResponse<byte[]> response = get(photo.path("url").asText());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(photoBytes);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(photoBytes.length);
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Cache-Control").orElse("")).contains("max-age=31536000");
        assertThat(response.headers().firstValue("Content-Security-Policy").orElse("")).startsWith("sandbox");
        String etag = response.headers().firstValue("ETag").orElseThrow();
        String modified = response.headers().firstValue("Last-Modified").orElseThrow();

        assertThat(get(photo.path("url").asText(), "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(get(photo.path("url").asText(), "If-Modified-Since", modified).statusCode()).isEqualTo(304);
    }

    @Test
    void rangesAreHonoured() {
        HttpResponse<byte[]> part = get(photo.path("url").asText(), "Range", "bytes=10-19");
        assertThat(part.statusCode()).isEqualTo(206);
        assertThat(part.body()).isEqualTo(Arrays.copyOfRange(photoBytes, 10, 20));
        assertThat(part.headers().firstValue("Content-Range")).hasValue("bytes 10-19/" + photoBytes.length);

        HttpResponse<byte[]> tail = get(photo.path("url").asText(), "Range", "bytes=-5");
        assertThat(tail.body()).isEqualTo(Arrays.copyOfRange(photoBytes, photoBytes.length - 5, photoBytes.length));

        HttpResponse<byte[]> beyond = get(photo.path("url").asText(), "Range", "bytes=999999-");
        assertThat(beyond.statusCode()).isEqualTo(416);
        assertThat(beyond.headers().firstValue("Content-Range")).hasValue("bytes */" + photoBytes.length);
        assertThat(get(photo.path("url").asText(), "Range", "bytes=abc").statusCode()).isEqualTo(416);
    }

    @Test
    void aThumbAskedForByTheNameChevereToGaveItLeadsToTheStoredThumb() {
        JsonNode webp = server.upload("fox.webp", Fixtures.bytes("gps.webp")).path("image");
        String thumb = webp.path("thumb").path("url").asText();
        assertThat(thumb).endsWith(".th.png");

        HttpResponse<byte[]> old = server.get(thumb.replace(".th.png", ".th.webp"));

        assertThat(old.statusCode()).isEqualTo(301);
        assertThat(thumb).endsWith(old.headers().firstValue("Location").orElseThrow());
        assertThat(server.get(thumb.replace(".th.png", ".th.gif")).statusCode()).isEqualTo(404);
    }

    @Test
    void headHasNoBody() {
        HttpResponse<byte[]> head = server.send(HttpRequest.newBuilder(java.net.URI.create(photo.path("url").asText()))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("Content-Type")).hasValue("image/jpeg");
    }

    @Test
    void nothingOutsideTheImagesFolderCanBeReached() {
        for (String path : new String[] {"/images/../vistazo.db", "/images/%2e%2e/vistazo.db",
                "/images/..%2fvistazo.db", "/images/%2e%2e%2fvistazo.db", "/images//etc/passwd",
                "/images/2024/nope.jpg"}) {
            HttpResponse<byte[]> response = server.get(path);
            assertThat(response.statusCode()).as(path).isIn(400, 404);
            assertThat(new String(response.body(), StandardCharsets.ISO_8859_1)).doesNotContain("SQLite");
        }
    }

    @Test
    void viewerPageShowsTheImageAndLinks() {
        HttpResponse<byte[]> page = server.get(photo.path("url_viewer").asText());
        assertThat(page.statusCode()).isEqualTo(200);
        String html = new String(page.body(), StandardCharsets.UTF_8);
        assertThat(html).contains("<h1>Día de playa</h1>")
                .contains("<meta property=\"og:image\" content=\"" + photo.path("url").asText() + "\">")
                .contains("[img]" + photo.path("url").asText() + "[/img]")
                .contains("![Día de playa](" + photo.path("url").asText() + ")");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("default-src 'none'");
        Matcher stylesheet = Pattern.compile("<link rel=\"stylesheet\" href=\"(/assets/site\\.[0-9a-f]+\\.css)\">")
                .matcher(html);
        assertThat(stylesheet.find()).as("the page's style sheet").isTrue();
        assertThat(server.get(stylesheet.group(1)).statusCode()).isEqualTo(200);
    }

    @Test
    void shortAndWrongSlugRedirectToTheCanonicalViewer() {
        String canonical = photo.path("path_viewer").asText();
        String id = photo.path("id_encoded").asText();
        for (String path : new String[] {"/image/" + id, "/image/wrong-slug." + id}) {
            HttpResponse<byte[]> response = server.get(path);
            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).hasValue(canonical);
        }
        assertThat(server.get("/image/zzzzzzzz").statusCode()).isEqualTo(404);
        assertThat(server.get("/image/slug.").statusCode()).isEqualTo(404);
        assertThat(server.get("/video/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void deleteLinkConfirmsOnGetAndDeletesOnPost() {
        JsonNode doomed = server.upload("doomed.png", Fixtures.bytes("alpha.png")).path("image");
        String deleteUrl = doomed.path("delete_url").asText();

        HttpResponse<byte[]> confirm = server.get(deleteUrl);
        assertThat(confirm.statusCode()).isEqualTo(200);
        assertThat(new String(confirm.body(), StandardCharsets.UTF_8)).contains("<form method=\"post\"");
        assertThat(server.get(doomed.path("url").asText()).statusCode()).isEqualTo(200);

        String wrong = deleteUrl.substring(0, deleteUrl.length() - 4) + "0000";
        assertThat(server.send(HttpRequest.newBuilder(java.net.URI.create(wrong))
                .POST(HttpRequest.BodyPublishers.noBody()).build()).statusCode()).isEqualTo(404);

        HttpResponse<byte[]> deleted = server.send(HttpRequest.newBuilder(java.net.URI.create(deleteUrl))
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThat(TestServer.json(deleted).path("success").path("message").asText()).isEqualTo("file deleted");
        assertThat(server.get(doomed.path("url").asText()).statusCode()).isEqualTo(404);
        assertThat(server.get(doomed.path("thumb").path("url").asText()).statusCode()).isEqualTo(404);
        assertThat(server.get(doomed.path("url_viewer").asText()).statusCode()).isEqualTo(404);
        assertThat(server.get(deleteUrl).statusCode()).isEqualTo(404);
    }

    @Test
    void unknownPathsAndMethods() {
        assertThat(server.get("/nope").statusCode()).isEqualTo(404);
        HttpResponse<byte[]> wrongMethod = server.send(HttpRequest.newBuilder(server.uri("/health"))
                .DELETE().build());
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.headers().firstValue("Allow").orElse("")).contains("GET");
    }
}
