package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.vistazo.media.testing.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Malformed headers, malformed multipart bodies, early refusals and the engines' own error pages: each gets a
 * clean 4xx with our headers, never a 500, and at most one line in the log.
 */
@EnumSource(names = {"JETTY", "JDK"})
class HostileHeadersAndBodiesTest extends EngineSuite {

    static final byte[] PNG = Fixtures.bytes("alpha.png");
    static final String UNREADABLE_FILE_NAME = "The source part has no readable filename: send the file as a file "
            + "part (curl -F source=@file), not as text (curl -F source=<file), and escape quotes in its filename "
            + "as \\\" or %22";

    /** Multipart shapes real clients send by mistake, with the precise message each must get. */
    static final List<Shape> SHAPES = List.of(
            new Shape("a text field with invalid UTF-8", concat(
                    part("Content-Disposition: form-data; name=\"title\"", new byte[] {'a', (byte) 0xff, (byte) 0xfe}),
                    filePart("a.png")), "The field title is not valid UTF-8 text"),
            new Shape("a file sent as a text field (curl -F source=<file)",
                    part("Content-Disposition: form-data; name=\"source\"", PNG),
                    UNREADABLE_FILE_NAME),
            new Shape("a nested multipart/mixed part", part("Content-Disposition: form-data; name=\"source\"\r\n"
                    + "Content-Type: multipart/mixed; boundary=inner", concat(
                    ("--inner\r\nContent-Disposition: file; filename=\"a.png\"\r\nContent-Type: image/png\r\n\r\n")
                            .getBytes(StandardCharsets.ISO_8859_1), PNG,
                    "\r\n--inner--\r\n".getBytes(StandardCharsets.ISO_8859_1))),
                    "Nested multipart parts are not supported: send each file as its own part"),
            new Shape("an unescaped quote in the filename", filePart("say \"hi.png"),
                    UNREADABLE_FILE_NAME),
            new Shape("unescaped quotes in pairs in the filename", filePart("my \"best\" photo.png"), null));

    record Shape(String description, byte[] parts, String message) {

        byte[] body() {
            return concat(parts, "--XyZ--\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
    }

    static byte[] part(String headers, byte[] content) {
        return concat(("--XyZ\r\n" + headers + "\r\n\r\n").getBytes(StandardCharsets.UTF_8), content,
                "\r\n".getBytes(StandardCharsets.ISO_8859_1));
    }

    static byte[] filePart(String filename) {
        return part("Content-Disposition: form-data; name=\"source\"; filename=\"" + filename + "\"\r\n"
                + "Content-Type: image/png", PNG);
    }

    static byte[] concat(byte[]... pieces) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] piece : pieces) {
            all.writeBytes(piece);
        }
        return all.toByteArray();
    }

    WebWorld world;
    String imagePath;
    String viewerPath;

    @Override
    String[] settings() {
        return new String[] {"max-upload-size", "1 MB", "video-max-size", "1 MB"};
    }

    @Override
    void prepare() {
        world = new WebWorld(server);
        var image = world.upload(world.anaKey, "alpha.png");
        imagePath = WebWorld.path(image.path("url").asText());
        viewerPath = image.path("path_viewer").asText();
    }

    private String raw(String request) throws IOException {
        try (RawClient client = new RawClient(server.server.port())) {
            client.send(request);
            return client.readUntilClosed(20_000);
        }
    }

    private static int status(String response) {
        assertThat(response).startsWith("HTTP/1.1 ");
        return Integer.parseInt(response.substring(9, 12));
    }

    private static String headers(String response) {
        int end = response.indexOf("\r\n\r\n");
        return (end < 0 ? response : response.substring(0, end)).toLowerCase(Locale.ROOT);
    }

    @Test
    void headersWithASpaceBesideEqualsAreReadLeniently() throws IOException {
        String[] headers = {"Accept-Language: en;q= 0.5", "Range: bytes= 0-5", "Cookie: vistazo_lang= es",
                "X-Foo: a= b"};
        String[] requests = {"GET /login", "GET /upload", "GET " + viewerPath, "GET " + imagePath,
                "GET /api/1/upload", "POST /api/1/upload"};
        String log = capturingLog(() -> {
            for (String request : requests) {
                for (String header : headers) {
                    String response = raw(request + " HTTP/1.1\r\nHost: localhost\r\n" + header
                            + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                    assertThat(status(response)).as(request + " with " + header).isLessThan(500);
                }
            }
        });
        assertThat(log).doesNotContain("incident").doesNotContain("\tat ");
    }

    @Test
    void malformedMultipartGetsThePreciseMessageOnTheApiAndTheWebUploader() throws IOException {
        String csrf = world.ana.csrf();
        String log = capturingLog(() -> {
            for (Shape shape : SHAPES) {
                HttpResponse<byte[]> api = server.send(HttpRequest.newBuilder(server.uri("/api/1/upload"))
                        .header("Content-Type", "multipart/form-data; boundary=XyZ")
                        .header("X-API-Key", world.anaKey)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(shape.body())).build());
                HttpResponse<byte[]> web = server.send(HttpRequest.newBuilder(server.uri("/web/upload"))
                        .header("Content-Type", "multipart/form-data; boundary=XyZ")
                        .header("Cookie", "vistazo_session=" + world.ana.cookie())
                        .header("X-CSRF-Token", csrf)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(shape.body())).build());
                for (HttpResponse<byte[]> response : List.of(api, web)) {
                    String what = shape.description() + " on " + response.uri().getPath() + ": "
                            + Browser.text(response);
                    if (shape.message() == null) {
                        assertThat(response.statusCode()).as(what).isEqualTo(200);
                        assertThat(TestServer.json(response).path("image").path("original_filename").asText())
                                .as(what).isEqualTo("my best photo.png");
                    } else {
                        assertThat(response.statusCode()).as(what).isEqualTo(400);
                        assertThat(TestServer.json(response).path("status_code").asInt()).as(what).isEqualTo(400);
                        assertThat(Uploads.errorMessage(response)).as(what).isEqualTo(shape.message());
                    }
                }
            }
        });
        assertThat(log).doesNotContain("incident").doesNotContain("\tat ");
    }

    @Test
    void anOversizedBodyAnnouncedWithExpectContinueIsRefusedAtOnce() throws IOException {
        try (RawClient client = new RawClient(server.server.port())) {
            client.send("POST /api/1/upload HTTP/1.1\r\nHost: localhost\r\nX-API-Key: " + world.anaKey
                    + "\r\nContent-Type: multipart/form-data; boundary=XyZ\r\nContent-Length: 50000000\r\n"
                    + "Expect: 100-continue\r\n\r\n");
            String first = client.readHeaders(10_000);
            if (first.startsWith("HTTP/1.1 100")) {
                // The JDK's server sends 100 Continue itself before any handler runs; Jetty leaves it to us.
                assertThat(backend.engine).as("Jetty must not send 100 Continue: " + first).isEqualTo(HttpEngine.JDK);
                first = client.readHeaders(10_000);
            }
            assertThat(first).as("no body was sent").startsWith("HTTP/1.1 413");
        }
    }

    @Test
    void aClientThatHangsUpMidBodyIsNoIncident() throws IOException {
        String log = capturingLog(() -> {
            for (String type : new String[] {"application/x-www-form-urlencoded",
                    "multipart/form-data; boundary=XyZ"}) {
                try (RawClient client = new RawClient(server.server.port())) {
                    client.send("POST /api/1/upload HTTP/1.1\r\nHost: localhost\r\nX-API-Key: " + world.anaKey
                            + "\r\nContent-Type: " + type + "\r\nContent-Length: 100000\r\n\r\n--XyZ\r\nsource=");
                    client.shutdownOutput();
                    client.readUntilClosed(20_000);
                }
            }
            // The server has answered (or dropped) both: a request after them is served.
            assertThat(server.get("/health").statusCode()).isEqualTo(200);
        });
        assertThat(log).doesNotContain("incident").doesNotContain("\tat ");
    }

    @Test
    void theEnginesOwnErrorPagesCarryOurSecurityHeaders() throws IOException {
        String[] requests = {
            "GET /images/%2e%2e/%2e%2e/etc/passwd HTTP/1.1\r\nHost: localhost\r\n",
            "GET /images/a%2Fb HTTP/1.1\r\nHost: localhost\r\n",
            "GET /" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: localhost\r\n",
            // A path nothing answers (the JDK engine takes big headers, and "/" is the home page).
            "GET /nothing-here HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "b".repeat(20_000) + "\r\n",
        };
        String log = capturingLog(() -> {
            for (String request : requests) {
                String response = raw(request + "Connection: close\r\n\r\n");
                String what = request.substring(0, Math.min(60, request.length()));
                assertThat(status(response)).as(what).isBetween(400, 499);
                assertThat(headers(response)).as(what).contains("x-content-type-options: nosniff")
                        .contains("x-frame-options: deny").contains("content-security-policy: default-src 'none'")
                        .contains("referrer-policy:");
            }
        });
        assertThat(log).doesNotContain("\tat ");
    }

    @Test
    void jsonAnswersCarryNosniff() {
        List<HttpResponse<byte[]>> answers = List.of(server.get("/api/1/upload"), server.get("/web/api/media"),
                server.get("/oembed?url=" + server.uri(viewerPath)), server.get("/health"),
                world.ana.get("/web/api/media"));
        for (HttpResponse<byte[]> answer : answers) {
            assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(answer.uri().toString())
                    .contains("json");
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(answer.uri().toString())
                    .hasValue("nosniff");
        }
    }

    @Test
    void tooManyOrTooLongTagsAreRefusedEverywhere() {
        String tooMany = String.join(",", java.util.stream.IntStream.range(0, 101).mapToObj(i -> "t" + i).toList());
        String tooLong = "x".repeat(10_000);
        for (String tags : new String[] {tooMany, tooLong}) {
            HttpResponse<byte[]> upload = Uploads.as(server, world.anaKey, "a.png", PNG, "tags", tags);
            assertThat(upload.statusCode()).isEqualTo(400);
            assertThat(Uploads.errorMessage(upload)).startsWith(tags == tooMany
                    ? "A media may have at most 100 tags" : "Tags are at most 32 characters long");
        }
        var media = world.upload(world.anaKey, "alpha.png", "tags", "sea, sand");
        String id = media.path("id_encoded").asText();

        HttpResponse<byte[]> webApi = world.ana.json("POST", "/web/api/media/" + id,
                "{\"tags\":\"" + tooLong + "\"}", world.ana.csrf());
        assertThat(webApi.statusCode()).as(Browser.text(webApi)).isEqualTo(400);
        assertThat(Uploads.errorMessage(webApi)).startsWith("Tags are at most 32 characters long");

        HttpResponse<byte[]> page = world.ana.postForm("/my/media/" + id, "csrf", world.ana.csrf(),
                "title", "t", "description", "", "tags", tooMany, "album", "", "category", "",
                "expiration", "keep");
        assertThat(page.statusCode()).as(Browser.text(page)).isEqualTo(400);
        assertThat(Browser.text(page)).contains("A media may have at most 100 tags");

        assertThat(TestDatabase.number(server.dataDir, "SELECT COUNT(*) FROM media_tags mt JOIN media m "
                + "ON m.id = mt.media_id WHERE m.name = ?", media.path("name").asText()))
                .as("the tags stay as they were").isEqualTo(2);
    }

    interface Action {
        void run() throws IOException;
    }

    /** What the server logs to stderr (slf4j-simple's target) while the action runs. */
    static String capturingLog(Action action) throws IOException {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        original.print(log);
        return log;
    }
}
