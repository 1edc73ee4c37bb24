package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.vistazo.media.testing.Fixtures;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code key-failures-per-minute=3}: after three invalid keys an address waits, whatever key it sends. */
@EnumSource(names = {"JETTY", "JDK"})
class KeyFailuresTest extends EngineSuite {

    @Override
    String[] settings() {
        return new String[] {"key-failures-per-minute", "3"};
    }

    private HttpResponse<byte[]> upload(String key) {
        return Uploads.as(server, key, "a.png", Fixtures.bytes("alpha.png"));
    }

    @Test
    void missingKeysDoNotCountButInvalidOnesDoUntilTheAddressMustWait() {
        for (int i = 0; i < 5; i++) {
            assertThat(Uploads.errorMessage(upload(" "))).isEqualTo("No key provided");
        }
        assertThat(upload(TestServer.ADMIN_KEY).statusCode()).isEqualTo(200);
        for (int i = 0; i < 3; i++) {
            HttpResponse<byte[]> invalid = upload("chv_guess_" + i);
            assertThat(invalid.statusCode()).isEqualTo(400);
            assertThat(Uploads.errorMessage(invalid)).isEqualTo("Invalid API key.");
        }

        HttpResponse<byte[]> blocked = upload(TestServer.ADMIN_KEY);

        assertThat(blocked.statusCode()).isEqualTo(429);
        assertThat(Uploads.errorCode(blocked)).isEqualTo(100);
        assertThat(Uploads.errorMessage(blocked)).isEqualTo("Too many invalid API keys. Try again later.");
        assertThat(Long.parseLong(blocked.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
    }
}
