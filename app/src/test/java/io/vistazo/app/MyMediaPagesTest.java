package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * "My media" pages: each user sees and changes only their own media, an admin everyone's; edits and deletes need
 * the session's CSRF token; visitors are sent to sign in.
 */
@EnumSource(names = {"JETTY", "JDK", "POSTGRES"})
class MyMediaPagesTest extends EngineSuite {

    WebWorld world;
    String categoryId;

    @Override
    void prepare() {
        world = new WebWorld(server);
        categoryId = Cli.valueAfter(Cli.run(server.dataDir, "category", "add", "Pets", "--key", "pets"),
                "category_id ");
    }

    private static String editPath(JsonNode image) {
        return "/my/media/" + image.path("id_encoded").asText();
    }

    private static String row(JsonNode image) {
        return "href=\"" + editPath(image) + "\"";
    }

    @Test
    void eachUserListsTheirOwnMediaAndAnAdminEveryonesWithOwners() {
        JsonNode anas = world.upload(world.anaKey, "alpha.png", "title", "Ana's cat");
        JsonNode bobs = world.upload(world.bobKey, "alpha.png", "title", "Bob's dog");

        String mine = Browser.text(world.ana.get("/my"));
        assertThat(mine).contains(row(anas)).doesNotContain(row(bobs)).doesNotContain("<th>Owner</th>");
        assertThat(Browser.text(world.bob.get("/my"))).contains(row(bobs)).doesNotContain(row(anas));

        String all = Browser.text(world.root.get("/my"));
        assertThat(all).contains(row(anas)).contains(row(bobs)).contains("<th>Owner</th>")
                .contains("<td class=\"owner\">ana</td>").contains("<td class=\"owner\">bob</td>");
        String onlyBob = Browser.text(world.root.get("/my?owner=bob"));
        assertThat(onlyBob).contains(row(bobs)).doesNotContain(row(anas));
        assertThat(Browser.text(world.bob.get("/my?owner=ana"))).as("a user's filter is ignored")
                .doesNotContain(row(anas));
    }

    @Test
    void visitorsAreSentToSignIn() {
        for (String path : new String[] {"/my", "/my/albums", "/my/keys", "/my/media/abc"}) {
            HttpResponse<byte[]> response = world.anonymous.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(303);
            assertThat(response.headers().firstValue("Location").orElseThrow()).as(path)
                    .startsWith("/login?next=%2Fmy");
        }
    }

    @Test
    void theOwnerEditsEveryFieldOfTheirMedia() {
        JsonNode image = world.upload(world.anaKey, "alpha.png", "title", "Before");
        String album = WebWorld.album(world.ana, "Holidays", "private");

        HttpResponse<byte[]> saved = world.ana.postForm(editPath(image), "csrf", world.ana.csrf(),
                "title", "After", "description", "A new text", "tags", "cats, sofa", "album", album,
                "category", categoryId, "nsfw", "1", "expiration", "P1D");

        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.headers().firstValue("Location")).hasValue(editPath(image) + "?saved=1");
        JsonNode media = TestServer.json(world.ana.get("/web/api/media/" + image.path("id_encoded").asText()))
                .path("media");
        assertThat(media.path("title").asText()).isEqualTo("After");
        assertThat(media.path("description").asText()).isEqualTo("A new text");
        assertThat(media.path("tags").toString()).isEqualTo("[\"cats\",\"sofa\"]");
        assertThat(media.path("album_id").asText()).isEqualTo(album);
        assertThat(media.path("category_id").asText()).isEqualTo(categoryId);
        assertThat(media.path("nsfw").asBoolean()).isTrue();
        assertThat(media.path("expiration_date_gmt").isNull()).isFalse();
        String form = Browser.text(world.ana.get(editPath(image) + "?saved=1"));
        assertThat(form).contains("Saved.").contains("value=\"After\"").contains("value=\"cats, sofa\"")
                .contains("<option value=\"" + album + "\" selected>");

        world.ana.postForm(editPath(image), "csrf", world.ana.csrf(), "title", "After", "expiration", "never");
        JsonNode cleared = TestServer.json(world.ana.get("/web/api/media/" + image.path("id_encoded").asText()))
                .path("media");
        assertThat(cleared.path("expiration_date_gmt").isNull()).isTrue();
        assertThat(cleared.path("nsfw").asBoolean()).as("an unchecked box").isFalse();
    }

    @Test
    void nobodyEditsOrDeletesAnotherUsersMedia() {
        JsonNode anas = world.upload(world.anaKey, "alpha.png", "title", "Untouchable");

        assertThat(world.bob.get(editPath(anas)).statusCode()).isEqualTo(404);
        assertThat(world.bob.postForm(editPath(anas), "csrf", world.bob.csrf(), "title", "Mine now")
                .statusCode()).isEqualTo(404);
        assertThat(world.bob.postForm(editPath(anas) + "/delete", "csrf", world.bob.csrf()).statusCode())
                .isEqualTo(404);
        assertThat(world.anonymous.postForm(editPath(anas), "csrf", world.anonymous.csrf(), "title", "Mine now")
                .statusCode()).isEqualTo(303);
        assertThat(world.storedTitle(anas)).isEqualTo("Untouchable");
        assertThat(world.exists(anas)).isTrue();
    }

    @Test
    void aMediaJoinsOnlyItsOwnersAlbums() {
        JsonNode anas = world.upload(world.anaKey, "alpha.png", "title", "Stays out");
        String bobsAlbum = WebWorld.album(world.bob, "Bob's", "public");

        HttpResponse<byte[]> refused = world.ana.postForm(editPath(anas), "csrf", world.ana.csrf(),
                "title", "Moved", "album", bobsAlbum);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Browser.text(refused)).contains("Invalid album");
        assertThat(world.storedTitle(anas)).isEqualTo("Stays out");
    }

    @Test
    void anAdminEditsAndDeletesAnyonesMedia() {
        JsonNode bobs = world.upload(world.bobKey, "alpha.png", "title", "Reported");

        assertThat(world.root.get(editPath(bobs)).statusCode()).isEqualTo(200);
        assertThat(world.root.postForm(editPath(bobs), "csrf", world.root.csrf(), "title", "Moderated")
                .statusCode()).isEqualTo(303);
        assertThat(world.storedTitle(bobs)).isEqualTo("Moderated");
        assertThat(world.root.postForm(editPath(bobs) + "/delete", "csrf", world.root.csrf()).statusCode())
                .isEqualTo(303);
        assertThat(world.exists(bobs)).isFalse();
    }

    @Test
    void formsWithoutTheSessionsTokenChangeNothing() {
        JsonNode anas = world.upload(world.anaKey, "alpha.png", "title", "Guarded");

        assertThat(world.ana.postForm(editPath(anas), "title", "Forged").statusCode()).isEqualTo(403);
        assertThat(world.ana.postForm(editPath(anas), "csrf", world.bob.csrf(), "title", "Forged").statusCode())
                .isEqualTo(403);
        assertThat(world.ana.postForm(editPath(anas) + "/delete", "csrf", "x").statusCode()).isEqualTo(403);
        assertThat(world.storedTitle(anas)).isEqualTo("Guarded");
        assertThat(world.exists(anas)).isTrue();
    }

    @Test
    void theOwnerDeletesTheirMedia() {
        JsonNode anas = world.upload(world.anaKey, "alpha.png", "title", "Short-lived");

        HttpResponse<byte[]> deleted = world.ana.postForm(editPath(anas) + "/delete", "csrf", world.ana.csrf());

        assertThat(deleted.statusCode()).isEqualTo(303);
        assertThat(deleted.headers().firstValue("Location")).hasValue("/my");
        assertThat(world.exists(anas)).isFalse();
        assertThat(server.get(anas.path("url_viewer").asText()).statusCode()).isEqualTo(404);
    }

    @Test
    void myMediaIsPaged() {
        Browser carol = Browser.signedIn(server, WebUsers.add(server.dataDir, "carol", "user"),
                WebUsers.PASSWORD);
        String carolsKey = WebUsers.key(server.dataDir, "carol");
        JsonNode oldest = world.upload(carolsKey, "alpha.png", "title", "Oldest");
        for (int i = 0; i < 24; i++) {
            world.upload(carolsKey, "alpha.png", "title", "Newer");
        }

        String first = Browser.text(carol.get("/my"));
        String second = Browser.text(carol.get("/my?page=2"));

        assertThat(first).doesNotContain(row(oldest)).contains("rel=\"next\" href=\"/my?page=2\"");
        assertThat(second).contains(row(oldest)).contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
    }
}
