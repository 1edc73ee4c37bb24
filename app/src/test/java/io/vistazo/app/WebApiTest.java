package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The web UI's JSON under {@code /web/api}: for every endpoint, a visitor gets 401, another user never reads or
 * changes a user's private things, an admin may, a change without the session's CSRF token gets 403 and changes
 * nothing, and every refusal uses the API's error envelope.
 */
@EnumSource(names = {"JETTY", "JDK", "POSTGRES"})
class WebApiTest extends EngineSuite {

    WebWorld world;

    @Override
    void prepare() {
        world = new WebWorld(server);
    }

    private static String media(JsonNode image) {
        return "/web/api/media/" + image.path("id_encoded").asText();
    }

    /** Checks the status and the error envelope; returns the message. */
    private static String refused(HttpResponse<byte[]> response, int status) {
        assertThat(response.statusCode()).as(Browser.text(response)).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode body = TestServer.json(response);
        assertThat(body.path("status_code").asInt()).isEqualTo(status);
        assertThat(body.path("error").path("code").asInt()).isEqualTo(status);
        assertThat(body.path("status_txt").asText()).isNotEmpty();
        return body.path("error").path("message").asText();
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.forEach(item -> ids.add(item.path("id_encoded").asText()));
        return ids;
    }

    @Test
    void listingMediaShowsOnlyYourOwnAndAnAdminEveryones() {
        String anas = world.upload(world.anaKey, "alpha.png").path("id_encoded").asText();
        String bobs = world.upload(world.bobKey, "alpha.png").path("id_encoded").asText();

        refused(world.anonymous.json("GET", "/web/api/media", null, null), 401);
        assertThat(ids(TestServer.json(world.ana.json("GET", "/web/api/media", null, null)).path("media")))
                .contains(anas).doesNotContain(bobs);
        assertThat(ids(TestServer.json(world.bob.json("GET", "/web/api/media?owner=ana", null, null))
                .path("media"))).contains(bobs).doesNotContain(anas);
        assertThat(ids(TestServer.json(world.root.json("GET", "/web/api/media", null, null)).path("media")))
                .contains(anas, bobs);
        assertThat(ids(TestServer.json(world.root.json("GET", "/web/api/media?owner=ana", null, null))
                .path("media"))).contains(anas).doesNotContain(bobs);
        JsonNode page = TestServer.json(world.ana.json("GET", "/web/api/media?per_page=1", null, null));
        assertThat(page.path("media").size()).isEqualTo(1);
        assertThat(page.path("has_next_page").asBoolean()).isTrue();
    }

    @Test
    void readingOneMediaIsForItsOwnerAndAdmins() {
        JsonNode anas = world.upload(world.anaKey, "alpha.png", "title", "Private notes",
                "description", "only for ana");

        refused(world.anonymous.json("GET", media(anas), null, null), 401);
        assertThat(refused(world.bob.json("GET", media(anas), null, null), 404)).doesNotContain("notes");
        assertThat(TestServer.json(world.ana.json("GET", media(anas), null, null)).path("media")
                .path("description").asText()).isEqualTo("only for ana");
        assertThat(world.root.json("GET", media(anas), null, null).statusCode()).isEqualTo(200);
    }

    @Test
    void editingIsForTheOwnerAndAdminsWithTheToken() {
        JsonNode anas = world.upload(world.anaKey, "alpha.png", "title", "Original");
        String change = "{\"title\":\"Changed\"}";

        refused(world.anonymous.json("POST", media(anas), change, world.anonymous.csrf()), 401);
        refused(world.bob.json("POST", media(anas), change, world.bob.csrf()), 404);
        refused(world.ana.json("POST", media(anas), change, null), 403);
        refused(world.ana.json("POST", media(anas), change, world.bob.csrf()), 403);
        assertThat(world.storedTitle(anas)).isEqualTo("Original");

        HttpResponse<byte[]> edited = world.ana.json("POST", media(anas),
                "{\"title\":\"Changed\",\"tags\":[\"one\",\"two\"],\"nsfw\":true}", world.ana.csrf());
        assertThat(edited.statusCode()).isEqualTo(200);
        JsonNode after = TestServer.json(edited).path("media");
        assertThat(after.path("title").asText()).isEqualTo("Changed");
        assertThat(after.path("tags").toString()).isEqualTo("[\"one\",\"two\"]");
        assertThat(after.path("nsfw").asBoolean()).isTrue();
        assertThat(world.root.json("POST", media(anas), "{\"title\":\"By admin\"}", world.root.csrf())
                .statusCode()).isEqualTo(200);
        assertThat(world.storedTitle(anas)).isEqualTo("By admin");
        refused(world.ana.json("POST", media(anas), "[1, 2]", world.ana.csrf()), 400);
        refused(world.ana.json("POST", media(anas), "{\"expiration\":\"soon\"}", world.ana.csrf()), 400);
    }

    @Test
    void deletingIsForTheOwnerAndAdminsWithTheToken() {
        JsonNode anas = world.upload(world.anaKey, "alpha.png");
        JsonNode bobs = world.upload(world.bobKey, "alpha.png");

        refused(world.anonymous.json("DELETE", media(anas), null, world.anonymous.csrf()), 401);
        refused(world.bob.json("DELETE", media(anas), null, world.bob.csrf()), 404);
        refused(world.ana.json("DELETE", media(anas), null, null), 403);
        assertThat(world.exists(anas)).isTrue();

        assertThat(world.ana.json("DELETE", media(anas), null, world.ana.csrf()).statusCode()).isEqualTo(200);
        assertThat(world.exists(anas)).isFalse();
        refused(world.ana.json("DELETE", media(anas), null, world.ana.csrf()), 404);
        assertThat(world.root.json("DELETE", media(bobs), null, world.root.csrf()).statusCode()).isEqualTo(200);
        assertThat(world.exists(bobs)).isFalse();
    }

    @Test
    void mediaMoveOnlyIntoTheirOwnersAlbums() {
        JsonNode anas = world.upload(world.anaKey, "alpha.png");
        String anasAlbum = WebWorld.album(world.ana, "Ana's box", "private");
        String bobsAlbum = WebWorld.album(world.bob, "Bob's box", "public");
        String id = anas.path("id_encoded").asText();

        refused(world.anonymous.json("POST", "/web/api/media/move",
                "{\"album_id\":\"" + anasAlbum + "\",\"media\":[\"" + id + "\"]}", world.anonymous.csrf()), 401);
        refused(world.bob.json("POST", "/web/api/media/move",
                "{\"album_id\":\"" + bobsAlbum + "\",\"media\":[\"" + id + "\"]}", world.bob.csrf()), 404);
        assertThat(refused(world.ana.json("POST", "/web/api/media/move",
                "{\"album_id\":\"" + bobsAlbum + "\",\"media\":[\"" + id + "\"]}", world.ana.csrf()), 400))
                .isEqualTo("Invalid album");
        refused(world.ana.json("POST", "/web/api/media/move",
                "{\"album_id\":\"" + anasAlbum + "\",\"media\":[\"" + id + "\"]}", null), 403);
        assertThat(albumOf(anas)).isEqualTo(-1);

        assertThat(world.ana.json("POST", "/web/api/media/move",
                "{\"album_id\":\"" + anasAlbum + "\",\"media\":[\"" + id + "\"]}", world.ana.csrf()).statusCode())
                .isEqualTo(200);
        assertThat(albumOf(anas)).isPositive();
        assertThat(world.ana.json("POST", "/web/api/media/move", "{\"album_id\":\"\",\"media\":[\"" + id + "\"]}",
                world.ana.csrf()).statusCode()).isEqualTo(200);
        assertThat(albumOf(anas)).isEqualTo(-1);
    }

    private long albumOf(JsonNode image) {
        return TestDatabase.number(server.dataDir, "SELECT album_id FROM media WHERE name = ?",
                image.path("name").asText());
    }

    @Test
    void albumListsShowOnlyYourOwn() {
        String secret = WebWorld.album(world.ana, "Ana hidden", "private");

        refused(world.anonymous.json("GET", "/web/api/albums", null, null), 401);
        assertThat(ids(TestServer.json(world.ana.json("GET", "/web/api/albums", null, null)).path("albums")))
                .contains(secret);
        assertThat(ids(TestServer.json(world.bob.json("GET", "/web/api/albums", null, null)).path("albums")))
                .doesNotContain(secret);
    }

    @Test
    void albumsAreCreatedFromYourOwnMediaOnly() {
        String anas = world.upload(world.anaKey, "alpha.png").path("id_encoded").asText();
        String bobs = world.upload(world.bobKey, "alpha.png").path("id_encoded").asText();
        long albumsBefore = TestDatabase.number(server.dataDir, "SELECT COUNT(*) FROM albums");

        refused(world.anonymous.json("POST", "/web/api/albums", "{\"name\":\"x\"}", world.anonymous.csrf()),
                401);
        refused(world.ana.json("POST", "/web/api/albums", "{\"name\":\"x\"}", null), 403);
        refused(world.ana.json("POST", "/web/api/albums", "{\"name\":\"Stolen\",\"media\":[\"" + bobs + "\"]}",
                world.ana.csrf()), 404);
        refused(world.root.json("POST", "/web/api/albums", "{\"name\":\"Not root's\",\"media\":[\"" + bobs
                + "\"]}", world.root.csrf()), 403);
        assertThat(TestDatabase.number(server.dataDir, "SELECT COUNT(*) FROM albums")).isEqualTo(albumsBefore);

        HttpResponse<byte[]> created = world.ana.json("POST", "/web/api/albums",
                "{\"name\":\"From picks\",\"privacy\":\"unlisted\",\"media\":[\"" + anas + "\"]}",
                world.ana.csrf());
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode album = TestServer.json(created).path("album");
        assertThat(album.path("media_count").asInt()).isEqualTo(1);
        assertThat(album.path("privacy").asText()).isEqualTo("unlisted");
        assertThat(album.path("url").asText()).endsWith("/album/From-picks." + album.path("id_encoded").asText());
    }

    @Test
    void albumsAreChangedAndDeletedByTheirOwnerAndAdminsOnly() {
        String open = WebWorld.album(world.ana, "Open one", "public");
        String closed = WebWorld.album(world.ana, "Closed one", "private");
        String rename = "{\"name\":\"Taken\"}";

        refused(world.anonymous.json("POST", "/web/api/albums/" + open, rename, world.anonymous.csrf()), 401);
        refused(world.bob.json("POST", "/web/api/albums/" + open, rename, world.bob.csrf()), 403);
        refused(world.bob.json("POST", "/web/api/albums/" + closed, rename, world.bob.csrf()), 404);
        refused(world.ana.json("POST", "/web/api/albums/" + open, rename, null), 403);
        refused(world.bob.json("DELETE", "/web/api/albums/" + closed, null, world.bob.csrf()), 404);
        refused(world.bob.json("DELETE", "/web/api/albums/" + open, null, world.bob.csrf()), 403);
        refused(world.ana.json("DELETE", "/web/api/albums/" + open, null, null), 403);
        assertThat(TestDatabase.number(server.dataDir, "SELECT COUNT(*) FROM albums WHERE name = 'Taken'"))
                .isZero();

        HttpResponse<byte[]> changed = world.ana.json("POST", "/web/api/albums/" + closed,
                "{\"name\":\"Renamed\",\"description\":\"New words\",\"privacy\":\"unlisted\"}", world.ana.csrf());
        assertThat(changed.statusCode()).isEqualTo(200);
        JsonNode album = TestServer.json(changed).path("album");
        assertThat(album.path("name").asText()).isEqualTo("Renamed");
        assertThat(album.path("description").asText()).isEqualTo("New words");
        assertThat(album.path("privacy").asText()).isEqualTo("unlisted");
        assertThat(world.root.json("POST", "/web/api/albums/" + closed, "{\"privacy\":\"private\"}",
                world.root.csrf()).statusCode()).isEqualTo(200);

        JsonNode inside = world.upload(world.anaKey, "alpha.png", "album_id", open);
        HttpResponse<byte[]> deleted = world.ana.json("DELETE", "/web/api/albums/" + open + "?with_media=1",
                null, world.ana.csrf());
        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThat(TestServer.json(deleted).path("deleted_media").asInt()).isEqualTo(1);
        assertThat(world.exists(inside)).isFalse();
        assertThat(world.root.json("DELETE", "/web/api/albums/" + closed, null, world.root.csrf()).statusCode())
                .isEqualTo(200);
    }
}
