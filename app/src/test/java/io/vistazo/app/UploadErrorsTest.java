package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vistazo.media.testing.Fixtures;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.EnumSource;

/** Every refusal of the catalogue this server can produce: the envelope, the code, and nothing left behind. */
@EnumSource(names = {"JETTY", "JDK", "POSTGRES_AND_S3"})
class UploadErrorsTest extends EngineSuite {

    @Override
    String[] settings() {
        return new String[] {"max-upload-size", "1 MB", "video-max-size", "1 MB", "url-uploads", "users"};
    }

    @AfterEach
    void nothingWasStored() {
        assertThat(server.storedFiles()).isEmpty();
        assertThat(server.get("/health").statusCode()).isEqualTo(200);
    }

    private void assertRefused(HttpResponse<byte[]> response, int status, int code, String message) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=UTF-8");
        JsonNode body = TestServer.json(response);
        assertThat(body.path("status_code").asInt()).isEqualTo(status);
        assertThat(body.path("error").path("code").asInt()).isEqualTo(code);
        assertThat(body.path("error").path("message").asText()).isEqualTo(message);
        assertThat(body.has("image")).isFalse();
    }

    private HttpResponse<byte[]> uploadFile(String name, byte[] bytes, String... fields) {
        MultipartBody body = new MultipartBody();
        for (int i = 0; i < fields.length; i += 2) {
            body.field(fields[i], fields[i + 1]);
        }
        body.file("source", name, "image/png", bytes);
        return server.postMultipart("/api/1/upload", body, "X-API-Key", TestServer.ADMIN_KEY);
    }

    @Test
    void missingKey() {
        MultipartBody body = new MultipartBody().file("source", "a.png", "image/png", Fixtures.bytes("alpha.png"));
        assertRefused(server.postMultipart("/api/1/upload", body), 400, 100, "No key provided");
    }

    @Test
    void emptyHeaderKeyFallsBackToTheFormKey() {
        MultipartBody body = new MultipartBody().field("key", "chv_nope_123")
                .file("source", "a.png", "image/png", Fixtures.bytes("alpha.png"));
        assertRefused(server.postMultipart("/api/1/upload", body, "X-API-Key", " "), 400, 100,
                "Invalid API key.");
    }

    @Test
    void wrongKeyWithAValidLookingId() {
        String forged = TestServer.ADMIN_KEY.substring(0, 10) + "x".repeat(30);
        MultipartBody body = new MultipartBody().file("source", "a.png", "image/png", Fixtures.bytes("alpha.png"));
        assertRefused(server.postMultipart("/api/1/upload", body, "X-API-Key", forged), 400, 100,
                "Invalid API key.");
    }

    @Test
    void wrongVersionAndAction() {
        assertRefused(server.get("/api/2/upload?key=" + TestServer.ADMIN_KEY), 400, 110, "Invalid API version.");
        assertRefused(server.get("/api/1/delete?key=" + TestServer.ADMIN_KEY), 400, 120, "Invalid API action");
    }

    @Test
    void emptyUploadSource() {
        assertRefused(server.postForm("/api/1/upload", "key=" + TestServer.ADMIN_KEY), 400, 130,
                "Empty upload source");
    }

    @Test
    void base64ByGet() {
        String b64 = Base64.getEncoder().encodeToString(Fixtures.bytes("alpha.png"));
        assertRefused(server.get("/api/1/upload?key=" + TestServer.ADMIN_KEY + "&source="
                + java.net.URLEncoder.encode(b64, StandardCharsets.UTF_8)), 400, 130,
                "Upload using base64 source must be done using POST method.");
    }

    @Test
    void nonCanonicalBase64AndDataUris() {
        String b64 = Base64.getEncoder().encodeToString(Fixtures.bytes("alpha.png"));
        for (String bad : List.of("data:image/png;base64," + b64, b64.replace('+', '-').replace('/', '_'),
                b64.replace("=", ""), "not base64 at all!")) {
            assertRefused(server.postForm("/api/1/upload", "key=" + TestServer.ADMIN_KEY + "&source="
                    + java.net.URLEncoder.encode(bad, StandardCharsets.UTF_8)), 400, 120, "Invalid base64 string");
        }
    }

    @Test
    void formatsWeCannotHost() {
        assertRefused(uploadFile("x.tiff", Fixtures.bytes("small.tiff")), 400, 613, "Unavailable image format");
        assertRefused(uploadFile("x.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8)), 400, 613, "Unavailable image format");
    }

    @Test
    void bytesThatAreNoImage() {
        assertRefused(uploadFile("x.png", "<?php echo 'hi'; ?>".getBytes(StandardCharsets.UTF_8)), 400, 610,
                "Can't get target upload source info");
        byte[] photo = Fixtures.bytes("photo.jpg");
        assertRefused(uploadFile("cut.jpg", Arrays.copyOf(photo, photo.length / 3)), 400, 610,
                "Can't get target upload source info");
    }

    @Test
    void decompressionBombsAreRefusedBeforeDecoding() {
        HttpResponse<byte[]> response = uploadFile("bomb.png", Fixtures.bytes("bomb.png"));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(TestServer.json(response).path("error").path("code").asInt()).isEqualTo(610);
    }

    @Test
    void filesThatOnlyClaimToBeVideos() {
        for (String fake : List.of("video/fake.mp4", "video/truncated.mp4", "sample.mp4")) {
            assertRefused(uploadFile("clip.mp4", Fixtures.bytes(fake)), 400, 610,
                    "Can't get target upload source info");
        }
    }

    @Test
    void fileOverTheLimitAndBodyOverTheLimit() {
        byte[] big = Arrays.copyOf(Fixtures.bytes("photo.jpg"), 1_200_000);
        assertRefused(uploadFile("big.jpg", big), 400, 400, "File too big - max 1 MB");
        byte[] huge = new byte[3_000_000];
        assertRefused(uploadFile("huge.jpg", huge), 413, 400, "File too big - max 1 MB");
    }

    @Test
    void widthLargerThanTheImage() {
        assertRefused(uploadFile("a.png", Fixtures.bytes("alpha.png"), "width", "4000"), 400, 610,
                "Target width is greater than the original image width");
        assertRefused(uploadFile("a.png", Fixtures.bytes("alpha.png"), "width", "abc"), 400, 400,
                "Invalid width");
    }

    @Test
    void albumsAndCategoriesMustExist() {
        assertRefused(uploadFile("a.png", Fixtures.bytes("alpha.png"), "album_id", "cL"), 400, 400,
                "Invalid album");
        assertRefused(uploadFile("a.png", Fixtures.bytes("alpha.png"), "category_id", "7"), 400, 400,
                "Invalid category");
    }

    @Test
    void urlSourcesToPrivateAddressesAreRefusedBeforeConnecting() {
        for (String url : List.of("http://10.1.2.3/a.png", "http://169.254.169.254/latest/meta-data",
                "http://[::1]:9/a.png", "http://127.0.0.1:9/a.png")) {
            assertRefused(server.postForm("/api/1/upload", "key=" + TestServer.ADMIN_KEY + "&source="
                    + java.net.URLEncoder.encode(url, StandardCharsets.UTF_8)), 400, 400,
                    "Unsupported non-public IP address for upload");
        }
        assertRefused(server.postForm("/api/1/upload", "key=" + TestServer.ADMIN_KEY
                + "&source=ftp%3A%2F%2Fexample.org%2Fa.png"), 400, 400, "Unsupported URL scheme `ftp`");
    }

    @Test
    void textFormatErrorsAreTextWithTheSameStatus() {
        HttpResponse<byte[]> response = server.send(HttpRequest.newBuilder(
                server.uri("/api/1/upload?format=txt")).POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("No key provided");
    }

    @Test
    void malformedMultipartIsACleanRefusal() {
        HttpResponse<byte[]> response = server.send(HttpRequest.newBuilder(server.uri("/api/1/upload"))
                .header("Content-Type", "multipart/form-data; boundary=abc")
                .header("X-API-Key", TestServer.ADMIN_KEY)
                .POST(HttpRequest.BodyPublishers.ofString("--abc\r\nContent-Disposition: form-data; name=\"so"))
                .build());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(TestServer.json(response).path("error").path("message").asText())
                .isEqualTo("Malformed request body");
    }
}
