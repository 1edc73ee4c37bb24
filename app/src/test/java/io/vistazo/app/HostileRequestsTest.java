package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vistazo.media.testing.Fixtures;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Requests meant to hurt: too many at once, malformed multipart. Each gets a clean refusal. A body too slow overall
 * is {@link RequestTimeoutTest}'s.
 */
@EnumSource(names = {"JETTY", "JDK"})
class HostileRequestsTest extends EngineSuite {

    @Override
    String[] settings() {
        return new String[] {"max-concurrent-uploads", "1", "upload-queue-timeout-ms", "300"};
    }

    private HttpResponse<byte[]> multipart(String contentType, byte[] body) {
        return server.send(HttpRequest.newBuilder(server.uri("/api/1/upload"))
                .header("Content-Type", contentType).header("X-API-Key", TestServer.ADMIN_KEY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    private static void assertMalformed(HttpResponse<byte[]> response) {
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(TestServer.json(response).path("error").path("message").asText())
                .isEqualTo("Malformed request body");
    }

    @Test
    void tenThousandPartsAreRefused() {
        MultipartBody body = new MultipartBody();
        for (int i = 0; i < 10_000; i++) {
            body.field("f" + i, "x");
        }
        assertMalformed(multipart(body.contentType(), body.bytes()));
    }

    @Test
    void hugePartHeadersAreRefused() {
        String body = "--b\r\nContent-Disposition: form-data; name=\"source\"; filename=\"a.png\"\r\nX-Pad: "
                + "a".repeat(40_000) + "\r\n\r\nxyz\r\n--b--\r\n";
        assertMalformed(multipart("multipart/form-data; boundary=b", body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void multipartWithoutBoundaryIsRefused() {
        assertMalformed(multipart("multipart/form-data", "--b\r\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void uploadsBeyondTheConcurrencyLimitAreRefusedWith503ThenServedAgain() throws Exception {
        byte[] png = Fixtures.bytes("alpha.png");
        MultipartBody body = new MultipartBody().file("source", "a.png", "image/png", png);
        byte[] bytes = body.bytes();
        try (RawClient slow = new RawClient(server.server.port())) {
            slow.send("POST /api/1/upload HTTP/1.1\r\nHost: localhost\r\nX-API-Key: " + TestServer.ADMIN_KEY
                    + "\r\nContent-Type: " + body.contentType() + "\r\nContent-Length: " + bytes.length
                    + "\r\n\r\n");
            slow.send(java.util.Arrays.copyOf(bytes, 100));
            // The only upload slot is held once a tiny probe upload is turned away.
            assertThat(Poll.within(Duration.ofSeconds(5), () -> server.postForm("/api/1/upload",
                    "key=" + TestServer.ADMIN_KEY).statusCode() == 503)).as("the slow upload took the slot").isTrue();

            HttpResponse<byte[]> refused = multipart(body.contentType(), bytes);
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Retry-After")).hasValue("5");
            JsonNode error = TestServer.json(refused).path("error");
            assertThat(error.path("code").asInt()).isEqualTo(503);
        }
        assertThat(Poll.within(Duration.ofSeconds(10), () -> multipart(body.contentType(), bytes).statusCode() == 200))
                .isTrue();
    }
}
