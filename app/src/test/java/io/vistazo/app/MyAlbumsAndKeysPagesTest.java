package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vistazo.media.testing.Fixtures;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code /my/albums} and {@code /my/keys}: a user manages their own albums and keys, and nobody else's. */
@EnumSource(names = {"JETTY", "JDK", "POSTGRES"})
class MyAlbumsAndKeysPagesTest extends EngineSuite {

    private static final Pattern NEW_KEY = Pattern.compile("id=\"new-key\" readonly value=\"(chv_[^\"]+)\"");

    WebWorld world;

    @Override
    void prepare() {
        world = new WebWorld(server);
    }

    @Test
    void aUserCreatesChangesAndDeletesAlbums() {
        HttpResponse<byte[]> created = world.ana.postForm("/my/albums", "csrf", world.ana.csrf(),
                "name", "Road trip", "description", "Summer", "privacy", "unlisted");
        assertThat(created.statusCode()).isEqualTo(303);
        String page = Browser.text(world.ana.get("/my/albums"));
        assertThat(page).contains(">Road trip</a>").contains("Unlisted · 0 items");
        String id = idIn(page, "Road trip");

        assertThat(world.ana.postForm("/my/albums/" + id, "csrf", world.ana.csrf(), "name", "Road trip 2026",
                "description", "Autumn", "privacy", "private").statusCode()).isEqualTo(303);
        assertThat(Browser.text(world.ana.get("/my/albums"))).contains(">Road trip 2026</a>")
                .contains("Private · 0 items").contains(">Autumn</textarea>");

        JsonNode kept = world.upload(world.anaKey, "alpha.png", "album_id", id);
        assertThat(world.ana.postForm("/my/albums/" + id + "/delete", "csrf", world.ana.csrf()).statusCode())
                .isEqualTo(303);
        assertThat(Browser.text(world.ana.get("/my/albums"))).doesNotContain("Road trip 2026");
        assertThat(world.exists(kept)).as("deleted without its media").isTrue();

        String other = WebWorld.album(world.ana, "Gone with media", "public");
        JsonNode gone = world.upload(world.anaKey, "alpha.png", "album_id", other);
        world.ana.postForm("/my/albums/" + other + "/delete", "csrf", world.ana.csrf(), "with_media", "1");
        assertThat(world.exists(gone)).isFalse();
    }

    @Test
    void nobodyChangesAnotherUsersAlbums() {
        String open = WebWorld.album(world.ana, "Ana open", "public");
        String closed = WebWorld.album(world.ana, "Ana closed", "private");

        assertThat(world.bob.postForm("/my/albums/" + open, "csrf", world.bob.csrf(), "name", "Bob's now",
                "privacy", "public").statusCode()).isEqualTo(403);
        assertThat(world.bob.postForm("/my/albums/" + closed, "csrf", world.bob.csrf(), "name", "Bob's now",
                "privacy", "public").statusCode()).isEqualTo(404);
        assertThat(world.bob.postForm("/my/albums/" + closed + "/delete", "csrf", world.bob.csrf())
                .statusCode()).isEqualTo(404);
        assertThat(world.ana.postForm("/my/albums/" + open, "name", "No token").statusCode()).isEqualTo(403);
        assertThat(world.ana.postForm("/my/albums", "csrf", "forged", "name", "No token").statusCode())
                .isEqualTo(403);

        String anasPage = Browser.text(world.ana.get("/my/albums"));
        assertThat(anasPage).contains(">Ana open</a>").contains(">Ana closed</a>").doesNotContain("No token");
        assertThat(Browser.text(world.bob.get("/my/albums"))).doesNotContain("Ana open")
                .doesNotContain("Ana closed");
    }

    @Test
    void aNewKeyIsShownOnceWorksAndCanBeRevoked() {
        HttpResponse<byte[]> created = world.ana.postForm("/my/keys", "csrf", world.ana.csrf(), "name",
                "Laptop");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Cache-Control")).hasValue("no-store");
        Matcher matcher = NEW_KEY.matcher(Browser.text(created));
        assertThat(matcher.find()).isTrue();
        String key = matcher.group(1);
        String masked = key.substring(0, key.lastIndexOf('_')) + "_***";

        String list = Browser.text(world.ana.get("/my/keys"));
        assertThat(list).contains(masked).contains("Laptop").doesNotContain(key);
        assertThat(Uploads.as(server, key, "a.png", Fixtures.bytes("alpha.png")).statusCode()).isEqualTo(200);

        assertThat(world.bob.postForm("/my/keys/revoke", "csrf", world.bob.csrf(), "key", masked).statusCode())
                .isEqualTo(404);
        assertThat(world.ana.postForm("/my/keys/revoke", "key", masked).statusCode()).isEqualTo(403);
        assertThat(Uploads.as(server, key, "a.png", Fixtures.bytes("alpha.png")).statusCode()).isEqualTo(200);
        assertThat(Browser.text(world.bob.get("/my/keys"))).doesNotContain(masked);

        assertThat(world.ana.postForm("/my/keys/revoke", "csrf", world.ana.csrf(), "key", masked).statusCode())
                .isEqualTo(303);
        assertThat(Browser.text(world.ana.get("/my/keys"))).contains("revoked");
        assertThat(Uploads.as(server, key, "a.png", Fixtures.bytes("alpha.png")).statusCode()).isNotEqualTo(200);
    }

    /** The encoded id in the album's form action, found after its name. */
    private static String idIn(String page, String name) {
        int at = page.indexOf(">" + name + "</a>");
        Matcher matcher = Pattern.compile("action=\"/my/albums/([^\"/]+)\"").matcher(page);
        assertThat(matcher.find(at)).isTrue();
        return matcher.group(1);
    }
}
