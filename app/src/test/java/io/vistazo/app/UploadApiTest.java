package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vistazo.media.testing.Fixtures;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.EnumSource;

/** The Chevereto API v1.1 upload endpoint, spoken to over HTTP, on both engines. */
@EnumSource(names = {"JETTY", "JDK", "POSTGRES", "POSTGRES_AND_S3"})
class UploadApiTest extends EngineSuite {

    /** Every field of the seed's example image object that an image (not a video) carries. */
    static final Set<String> SEED_IMAGE_FIELDS = new TreeSet<>(List.of("name", "extension", "size", "width",
            "height", "date", "date_gmt", "title", "tags", "description", "nsfw", "storage_mode", "md5",
            "source_md5", "original_filename", "original_exifdata", "views", "category_id", "chain", "thumb_size",
            "medium_size", "frame_size", "expiration_date_gmt", "likes", "is_animated", "is_approved", "is_360",
            "duration", "type", "tags_string", "file", "id_encoded", "filename", "mime", "url", "ratio",
            "size_formatted", "image", "thumb", "url_frame", "medium", "duration_time", "url_viewer",
            "path_viewer", "url_short", "display_url", "display_width", "display_height", "views_label",
            "likes_label", "how_long_ago", "date_fixed_peer", "title_truncated", "title_truncated_html",
            "is_use_loader", "display_title", "delete_url"));

    @Override
    String[] settings() {
        return new String[] {"max-upload-size", "3 MB"};
    }

    @Test
    void multipartUploadAnswersTheFullChevereteoEnvelope() {
        byte[] photo = Fixtures.bytes("photo.jpg");
        HttpResponse<byte[]> response = server.postMultipart("/api/1/upload",
                new MultipartBody().file("source", "Ñandú señor (1).jpg", "image/jpeg", photo),
                "X-API-Key", TestServer.ADMIN_KEY);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=UTF-8");
        JsonNode body = TestServer.json(response);
        assertThat(body.path("status_code").asInt()).isEqualTo(200);
        assertThat(body.path("success").path("message").asText()).isEqualTo("file uploaded");
        assertThat(body.path("status_txt").asText()).isEqualTo("OK");
        JsonNode image = body.path("image");
        assertThat(fieldNames(image)).containsAll(SEED_IMAGE_FIELDS);
        assertThat(image.path("name").asText()).startsWith("Nandu-senor-1");
        assertThat(image.path("extension").asText()).isEqualTo("jpg");
        assertThat(image.path("mime").asText()).isEqualTo("image/jpeg");
        assertThat(image.path("width").asInt()).isEqualTo(800);
        assertThat(image.path("height").asInt()).isEqualTo(600);
        assertThat(image.path("size").asLong()).isEqualTo(photo.length);
        assertThat(image.path("md5").asText()).isEqualTo(md5(photo));
        assertThat(image.path("chain").asInt()).isEqualTo(7);
        assertThat(image.path("type").asText()).isEqualTo("image");
        assertThat(image.path("title").asText()).isEqualTo("Ñandú señor (1)");
        assertThat(image.path("original_filename").asText()).isEqualTo("Ñandú señor (1).jpg");
        assertThat(image.path("storage_mode").asText()).isEqualTo("datefolder");
        assertThat(image.path("url").asText()).matches("http://127\\.0\\.0\\.1:\\d+/images/\\d{4}/\\d\\d/\\d\\d/"
                + "Nandu-senor-1[0-9a-f]*\\.jpg");
        assertThat(image.path("thumb").path("url").asText()).endsWith(".th.jpg");
        assertThat(image.path("medium").path("url").asText()).endsWith(".md.jpg");
        assertThat(image.path("display_url").asText()).isEqualTo(image.path("medium").path("url").asText());
        assertThat(image.path("display_width").asInt()).isEqualTo(500);
        assertThat(image.path("display_height").asInt()).isEqualTo(375);
        assertThat(image.path("ratio").asDouble()).isEqualTo(800.0 / 600.0);
        assertThat(image.path("path_viewer").asText()).startsWith("/image/")
                .endsWith("." + image.path("id_encoded").asText());
        assertThat(image.path("url_short").asText()).endsWith("/image/" + image.path("id_encoded").asText());
        assertThat(image.path("delete_url").asText())
                .matches(".*/image/" + image.path("id_encoded").asText() + "/delete/[0-9a-f]{48}");
        assertThat(image.path("how_long_ago").asText()).isIn("moments ago", "1 second ago", "2 seconds ago");
        assertThat(image.path("expiration_date_gmt").isNull()).isTrue();
        assertThat(image.path("frame")).isEmpty();

        HttpResponse<byte[]> file = server.get(image.path("url").asText());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(photo);
        assertThat(server.get(image.path("thumb").path("url").asText()).statusCode()).isEqualTo(200);
        assertThat(server.get(image.path("url_viewer").asText()).statusCode()).isEqualTo(200);
    }

    @Test
    void keyAndFormatMayComeAsFieldsBeforeTheFileAsShareXSendsThem() {
        MultipartBody body = new MultipartBody("--------------------8DC5A1B2C3D4E5F")
                .field("key", TestServer.ADMIN_KEY)
                .field("format", "json")
                .file("source", "Xk2Lm9QwEr.png", "image/png", Fixtures.bytes("alpha.png"));
        JsonNode answer = TestServer.json(server.postMultipart("/api/1/upload", body));
        assertThat(answer.path("image").path("mime").asText()).isEqualTo("image/png");
        assertThat(answer.path("image").path("thumb").path("url").asText()).endsWith(".th.png");
    }

    @Test
    void fileFirstThenFieldsAndKeyInTheQueryOfTheSlashPath() {
        MultipartBody body = new MultipartBody()
                .file("source", "IMG2024-01-02 10:11:12.png", "application/octet-stream",
                        Fixtures.bytes("alpha.png"))
                .field("action", "upload")
                .field("album_name", "ignored unknown field");
        HttpResponse<byte[]> response = server.postMultipart(
                "/api/1/upload/?key=" + TestServer.ADMIN_KEY + "&format=json", body);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(TestServer.json(response).path("image").path("mime").asText()).isEqualTo("image/png");
    }

    @Test
    void urlencodedBase64OfSeveralMegabytesIsAccepted() {
        byte[] large = new byte[2_000_000];
        byte[] photo = Fixtures.bytes("photo.jpg");
        System.arraycopy(photo, 0, large, 0, photo.length);
        // Trailing bytes after the JPEG's end marker are ignored by decoders, as in real camera files.
        String form = "key=" + TestServer.ADMIN_KEY + "&source="
                + URLEncoder.encode(Base64.getEncoder().encodeToString(large), StandardCharsets.UTF_8);
        HttpResponse<byte[]> response = server.postForm("/api/1/upload", form);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode image = TestServer.json(response).path("image");
        assertThat(image.path("original_filename").asText()).matches("[0-9a-f]{12}\\.jpeg");
        assertThat(image.path("size").asLong()).isEqualTo(large.length);
    }

    @Test
    void base64InAMultipartTextFieldAsTheAtomClientSendsIt() {
        MultipartBody body = new MultipartBody().field("action", "upload").field("key", TestServer.ADMIN_KEY)
                .field("source", Base64.getEncoder().encodeToString(Fixtures.bytes("alpha.png")));
        HttpResponse<byte[]> response = server.postMultipart("/api/1/upload", body, "Accept", "application/json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(TestServer.json(response).path("image").path("extension").asText()).isEqualTo("png");
    }

    @Test
    void imgbbStyleImageFieldAnswersWithDataAndId() {
        String form = "key=" + TestServer.ADMIN_KEY + "&image="
                + URLEncoder.encode(Base64.getEncoder().encodeToString(Fixtures.bytes("alpha.png")),
                StandardCharsets.UTF_8);
        JsonNode body = TestServer.json(server.postForm("/api/1/upload", form));
        assertThat(body.path("status").asInt()).isEqualTo(200);
        assertThat(body.has("image")).isFalse();
        assertThat(body.path("data").path("id").asText()).isEqualTo(body.path("data").path("id_encoded").asText());
    }

    @Test
    void chunkedRequestBodiesAreRead() {
        MultipartBody body = new MultipartBody().file("source", "a.png", "text/plain", Fixtures.bytes("alpha.png"));
        HttpRequest request = HttpRequest.newBuilder(server.uri("/api/1/upload"))
                .header("Content-Type", body.contentType())
                .header("X-API-Key", TestServer.ADMIN_KEY)
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(body.bytes())))
                .build();
        HttpResponse<byte[]> response = server.send(request);
        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void formatTxtAnswersTheDirectUrlAsText() {
        MultipartBody body = new MultipartBody().field("format", "txt")
                .file("source", "t.png", "image/png", Fixtures.bytes("alpha.png"));
        HttpResponse<byte[]> response = server.postMultipart("/api/1/upload", body,
                "X-API-Key", TestServer.ADMIN_KEY);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        String url = new String(response.body(), StandardCharsets.UTF_8);
        assertThat(url).matches("http://.*/images/.*\\.png");
        assertThat(server.get(url).body()).isEqualTo(Fixtures.bytes("alpha.png"));
    }

    @Test
    void formatRedirectAnswers302ToTheViewerPath() {
        MultipartBody body = new MultipartBody().field("format", "redirect").field("title", "Hola señor")
                .file("source", "t.png", "image/png", Fixtures.bytes("alpha.png"));
        HttpResponse<byte[]> response = server.postMultipart("/api/1/upload", body,
                "X-API-Key", TestServer.ADMIN_KEY);
        assertThat(response.statusCode()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches("/image/Hola-se%C3%B1or\\.[A-Za-z0-9]+");
        assertThat(server.get(location).statusCode()).isEqualTo(200);
    }

    @Test
    void widthResizesWithoutUpscalingAndKeepsTheSourceMd5() {
        byte[] photo = Fixtures.bytes("photo.jpg");
        JsonNode image = server.upload("wide.jpg", photo, "width", "400").path("image");
        assertThat(image.path("width").asInt()).isEqualTo(400);
        assertThat(image.path("height").asInt()).isEqualTo(300);
        assertThat(image.path("source_md5").asText()).isEqualTo(md5(photo));
        assertThat(image.path("md5").asText()).isNotEqualTo(md5(photo));
        assertThat(image.path("chain").asInt()).isEqualTo(5);
    }

    @Test
    void bmpIsStoredAsPng() {
        JsonNode image = server.upload("old.bmp", Fixtures.bytes("small.bmp")).path("image");
        assertThat(image.path("extension").asText()).isEqualTo("png");
        assertThat(image.path("mime").asText()).isEqualTo("image/png");
        byte[] stored = server.get(image.path("url").asText()).body();
        assertThat(stored).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    void animatedGifKeepsItsBytesAndGetsAMedium() {
        byte[] gif = Fixtures.bytes("anim.gif");
        JsonNode image = server.upload("anim.gif", gif, "width", "50").path("image");
        assertThat(image.path("is_animated").asInt()).isEqualTo(1);
        assertThat(image.path("width").asInt()).isEqualTo(120);
        assertThat(image.path("chain").asInt()).isEqualTo(7);
        assertThat(server.get(image.path("url").asText()).body()).isEqualTo(gif);
    }

    @Test
    void webpGetsPngDerivatives() {
        JsonNode image = server.upload("pic.webp", Fixtures.bytes("still.webp")).path("image");
        assertThat(image.path("mime").asText()).isEqualTo("image/webp");
        assertThat(image.path("thumb").path("url").asText()).endsWith(".th.png");
        HttpResponse<byte[]> file = server.get(image.path("url").asText());
        assertThat(file.headers().firstValue("Content-Type")).hasValue("image/webp");
        assertThat(file.body()).isEqualTo(Fixtures.bytes("still.webp"));
    }

    @Test
    void aJpegCarryingAPhpPayloadIsOnlyEverAJpeg() {
        JsonNode image = server.upload("shell.php", Fixtures.bytes("polyglot.jpg")).path("image");
        assertThat(image.path("filename").asText()).endsWith(".jpeg");
        HttpResponse<byte[]> file = server.get(image.path("url").asText());
        assertThat(file.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(file.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void parametersAreStored() {
        JsonNode image = server.upload("p.png", Fixtures.bytes("alpha.png"), "title", "My title",
                "description", "Some words", "tags", "cat, dog,cat, a/b", "nsfw", "1",
                "expiration", "PT1H").path("image");
        assertThat(image.path("title").asText()).isEqualTo("My title");
        assertThat(image.path("description").asText()).isEqualTo("Some words");
        assertThat(image.path("nsfw").asInt()).isEqualTo(1);
        assertThat(image.path("tags_string").asText()).isEqualTo("cat, dog");
        assertThat(image.path("tags").get(0).path("url").asText()).isEqualTo("/tag/cat");
        assertThat(image.path("expiration_date_gmt").asText()).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
