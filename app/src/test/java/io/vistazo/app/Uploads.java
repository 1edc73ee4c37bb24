package io.vistazo.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;

/** Multipart uploads with any key, for the tests of who may upload what. */
final class Uploads {

    private Uploads() {
    }

    static HttpResponse<byte[]> as(TestServer server, String key, String filename, byte[] bytes, String... fields) {
        MultipartBody body = new MultipartBody();
        for (int i = 0; i < fields.length; i += 2) {
            body.field(fields[i], fields[i + 1]);
        }
        body.file("source", filename, "application/octet-stream", bytes);
        return server.postMultipart("/api/1/upload", body, "X-API-Key", key);
    }

    /** The image object of a successful upload; fails the test with the answer otherwise. */
    static JsonNode image(HttpResponse<byte[]> response) {
        JsonNode body = TestServer.json(response);
        if (response.statusCode() != 200) {
            throw new AssertionError("upload refused: HTTP " + response.statusCode() + " " + body);
        }
        return body.path("image");
    }

    static String errorMessage(HttpResponse<byte[]> response) {
        return TestServer.json(response).path("error").path("message").asText();
    }

    static int errorCode(HttpResponse<byte[]> response) {
        return TestServer.json(response).path("error").path("code").asInt();
    }
}
