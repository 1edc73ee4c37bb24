package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vistazo.media.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.EnumSource;

/** A server with {@code heif=off}, as one without libheif's tool: HEIC and AVIF are refused, and not offered. */
@EnumSource(names = "JDK")
class HeifWithoutTheToolTest extends EngineSuite {

    @Override
    String[] settings() {
        return new String[] {"heif", "off", "web-guest-uploads", "on"};
    }

    @Test
    void heicAndAvifAreRefusedWith613NamingWhatToInstallAndNothingIsStored() {
        for (String name : List.of("iphone.heic", "alpha.avif")) {
            JsonNode answer = server.upload(name, Fixtures.bytes("heif/" + name));

            assertThat(answer.path("status_code").asInt()).isEqualTo(400);
            assertThat(answer.path("error").path("code").asInt()).isEqualTo(613);
            assertThat(answer.path("error").path("message").asText()).contains("libheif-examples");
        }
        assertThat(server.storedFiles()).isEmpty();
        assertThat(TestDatabase.number(server.dataDir, "SELECT COUNT(*) FROM media")).isZero();
    }

    @Test
    void theUploaderDoesNotOfferThem() {
        String page = new String(server.get("/upload").body(), StandardCharsets.UTF_8);

        assertThat(page).contains("image/jpeg").doesNotContain("image/heic").doesNotContain("image/avif");
    }
}
