package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.EnumSource;

/** Category and tag pages list public media only: none from private or unlisted albums, none expired. */
@EnumSource(names = {"JETTY", "JDK", "POSTGRES"})
class PublicListingsTest extends EngineSuite {

    WebWorld world;
    String categoryId;
    JsonNode loose;
    JsonNode inPublicAlbum;
    JsonNode inPrivateAlbum;
    JsonNode inUnlistedAlbum;
    JsonNode expired;
    JsonNode untagged;

    @Override
    void prepare() {
        world = new WebWorld(server);
        categoryId = Cli.valueAfter(Cli.run(server.dataDir, "category", "add", "Nature", "--key", "nature"),
                "category_id ");
        String[] fields = {"category_id", categoryId, "tags", "sunset, golden hour"};
        loose = upload(fields);
        inPublicAlbum = upload(fields, "album_id", WebWorld.album(world.ana, "Open", "public"));
        inPrivateAlbum = upload(fields, "album_id", WebWorld.album(world.ana, "Closed", "private"));
        inUnlistedAlbum = upload(fields, "album_id", WebWorld.album(world.ana, "Link only", "unlisted"));
        expired = upload(fields);
        TestDatabase.update(server.dataDir, "UPDATE media SET expires_at = 1 WHERE name = ?",
                expired.path("name").asText());
        untagged = world.upload(world.anaKey, "alpha.png");
    }

    private JsonNode upload(String[] fields, String... more) {
        String[] all = new String[fields.length + more.length];
        System.arraycopy(fields, 0, all, 0, fields.length);
        System.arraycopy(more, 0, all, fields.length, more.length);
        return world.upload(world.anaKey, "alpha.png", all);
    }

    private void assertListsOnlyPublicMedia(HttpResponse<byte[]> page) {
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(Browser.text(page))
                .contains(loose.path("path_viewer").asText() + "\"")
                .contains(inPublicAlbum.path("path_viewer").asText() + "\"")
                .doesNotContain(inPrivateAlbum.path("path_viewer").asText() + "\"")
                .doesNotContain(inUnlistedAlbum.path("path_viewer").asText() + "\"")
                .doesNotContain(expired.path("path_viewer").asText() + "\"")
                .doesNotContain(untagged.path("path_viewer").asText() + "\"");
    }

    @Test
    void theCategoryPageListsItsPublicMedia() {
        assertListsOnlyPublicMedia(world.anonymous.get("/category/nature"));
        assertThat(Browser.text(world.anonymous.get("/category/nature"))).contains("Category: Nature");
        assertListsOnlyPublicMedia(world.ana.get("/category/nature"));
        assertThat(world.anonymous.get("/category/nope").statusCode()).isEqualTo(404);
    }

    @Test
    void theTagPageAtTheUrlTheApiGivesListsItsPublicMedia() {
        JsonNode tags = loose.path("tags");
        assertThat(tags.get(1).path("name").asText()).isEqualTo("golden hour");

        for (JsonNode tag : tags) {
            assertListsOnlyPublicMedia(world.anonymous.get(tag.path("url").asText()));
        }
        HttpResponse<byte[]> none = world.anonymous.get("/tag/nothing-tagged");
        assertThat(none.statusCode()).isEqualTo(200);
        assertThat(Browser.text(none)).contains("Nothing here yet");
    }
}
