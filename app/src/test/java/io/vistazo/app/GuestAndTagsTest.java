package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vistazo.media.testing.Fixtures;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.EnumSource;

/** A server with a guest key: guest uploads own nothing, carry no tags and use no album; users' tags are objects. */
@EnumSource(names = {"JETTY", "JDK", "POSTGRES"})
class GuestAndTagsTest extends EngineSuite {

    static final String GUEST_KEY = "guest-0123456789abcdef0123456789abcdef";

    private String albumId;

    @Override
    String[] settings() {
        return new String[] {"guest-key", GUEST_KEY};
    }

    @Override
    void prepare() {
        albumId = Cli.valueAfter(Cli.run(server.dataDir, "album", "add", "Mine", "--user", "admin"),
                "album_id ");
    }

    @Test
    void theGuestKeyUploadsWithoutOwnerAndIgnoresTags() {
        JsonNode image = Uploads.image(Uploads.as(server, GUEST_KEY, "guest.png", Fixtures.bytes("alpha.png"),
                "tags", "sun, beach"));

        assertThat(image.path("tags").isArray()).isTrue();
        assertThat(image.path("tags")).isEmpty();
        assertThat(image.path("tags_string").asText()).isEmpty();
        assertThat(TestDatabase.number(server.dataDir, "SELECT COUNT(*) FROM media WHERE name = ? "
                + "AND user_id IS NULL", image.path("name").asText())).isEqualTo(1);
        assertThat(server.get(image.path("url_viewer").asText()).statusCode()).isEqualTo(200);
    }

    @Test
    void theGuestKeyCannotUseAnyAlbum() {
        HttpResponse<byte[]> refused = Uploads.as(server, GUEST_KEY, "guest.png", Fixtures.bytes("alpha.png"),
                "album_id", albumId);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Uploads.errorMessage(refused)).isEqualTo("Invalid album");
    }

    @Test
    void theGuestKeyCannotUploadByUrl() {
        HttpResponse<byte[]> refused = server.postForm("/api/1/upload", "key=" + GUEST_KEY + "&source="
                + URLEncoder.encode("https://example.org/a.png", StandardCharsets.UTF_8));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(Uploads.errorMessage(refused)).isEqualTo("URL uploading is disabled");
    }

    @Test
    void aGuestKeyWithAnythingMoreOrLessIsInvalid() {
        for (String near : new String[] {GUEST_KEY + "x", GUEST_KEY.substring(1), GUEST_KEY.toUpperCase()}) {
            HttpResponse<byte[]> refused = Uploads.as(server, near, "a.png", Fixtures.bytes("alpha.png"));
            assertThat(Uploads.errorMessage(refused)).isEqualTo("Invalid API key.");
        }
    }

    @Test
    void usersTagsAreParsedAndReturnedAsObjectsAndAsAString() {
        JsonNode image = Uploads.image(Uploads.as(server, TestServer.ADMIN_KEY, "tagged.png",
                Fixtures.bytes("alpha.png"), "tags", " sun,  beach  day,sun,,a/b, ñandú "));

        assertThat(image.path("tags_string").asText()).isEqualTo("sun, beach day, ñandú");
        JsonNode tags = image.path("tags");
        assertThat(tags).hasSize(3);
        assertThat(tags.get(1).path("name").asText()).isEqualTo("beach day");
        assertThat(tags.get(1).path("url_key").asText()).isEqualTo("beach%20day");
        assertThat(tags.get(2).path("url").asText()).isEqualTo("/tag/%C3%B1and%C3%BA");
    }
}
