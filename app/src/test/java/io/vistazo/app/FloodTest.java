package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.vistazo.media.testing.Fixtures;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code flood-per-minute=3}: the fourth upload within a minute from one address is refused, admins included. */
@EnumSource(names = {"JETTY", "JDK", "POSTGRES"})
class FloodTest extends EngineSuite {

    @Override
    String[] settings() {
        return new String[] {"flood-per-minute", "3"};
    }

    @Test
    void theFourthUploadInAMinuteIsRefusedWith429RetryAfterAndCode130() {
        byte[] png = Fixtures.bytes("alpha.png");
        HttpResponse<byte[]> failed = Uploads.as(server, TestServer.ADMIN_KEY, "x.png", new byte[] {1, 2, 3});
        assertThat(failed.statusCode()).as("refused uploads store nothing and do not count").isEqualTo(400);
        for (int i = 0; i < 3; i++) {
            assertThat(Uploads.as(server, TestServer.ADMIN_KEY, "a.png", png).statusCode()).isEqualTo(200);
        }

        HttpResponse<byte[]> refused = Uploads.as(server, TestServer.ADMIN_KEY, "a.png", png);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 61L);
        assertThat(TestServer.json(refused).path("status_code").asInt()).isEqualTo(429);
        assertThat(Uploads.errorCode(refused)).isEqualTo(130);
        assertThat(Uploads.errorMessage(refused))
                .isEqualTo("Flooding detected. You can only upload 3 images per minute");
        assertThat(server.storedFiles()).hasSize(6);
    }
}
