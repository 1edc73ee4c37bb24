package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vistazo.media.testing.Fixtures;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** An HTTP client of {@link JarProcess}es: uploads through the API and reads back what they store. */
final class JarClient {

    private final HttpClient client = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    /** POSTs one JPEG to {@code /api/1/upload} with the key. */
    HttpResponse<byte[]> upload(JarProcess jar, String key, String filename, byte[] jpeg)
            throws IOException, InterruptedException {
        MultipartBody body = new MultipartBody().file("source", filename, "image/jpeg", jpeg);
        return send(HttpRequest.newBuilder(URI.create(jar.baseUrl() + "/api/1/upload"))
                .header("Content-Type", body.contentType()).header("X-API-Key", key)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())).build());
    }

    /**
     * Uploads distinct copies of {@code photo.jpg}, named {@code prefix + n + ".jpg"} with n from {@code serial}, until
     * the server stops answering; the image object of each success goes to {@code acknowledged}. Several threads may
     * share the serial and the list.
     */
    void uploadUntilRefused(JarProcess jar, String key, String prefix, AtomicInteger serial,
            List<JsonNode> acknowledged) {
        byte[] photo = Fixtures.bytes("photo.jpg");
        while (true) {
            int n = serial.incrementAndGet();
            try {
                HttpResponse<byte[]> response = upload(jar, key, prefix + n + ".jpg",
                        CrashSafetyIT.withComment(photo, "upload " + n));
                if (response.statusCode() == 200) {
                    acknowledged.add(image(response));
                }
            } catch (Exception serverGone) {
                return;
            }
        }
    }

    /** The image object of an upload's answer. */
    JsonNode image(HttpResponse<byte[]> response) throws IOException {
        return json.readTree(response.body()).path("image");
    }

    /** The path of {@code url} from this jar, which must answer 200. */
    byte[] get(JarProcess jar, String url) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(
                URI.create(jar.baseUrl() + URI.create(url).getPath())).build());
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return response.body();
    }

    HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
}
