package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.EnumSource;

/** Album pages: privacy for owner, other user, visitor and admin; paging; canonical paths; link previews. */
@EnumSource(names = {"JETTY", "JDK", "POSTGRES"})
class AlbumPagesTest extends EngineSuite {

    private static final Pattern THUMB = Pattern.compile("<li><a href=\"[^\"]+\"><img ");

    WebWorld world;
    String publicAlbum;
    String unlistedAlbum;
    String privateAlbum;
    JsonNode nsfw;
    JsonNode secret;

    @Override
    void prepare() {
        world = new WebWorld(server);
        publicAlbum = WebWorld.album(world.ana, "Beach days", "public");
        unlistedAlbum = WebWorld.album(world.ana, "Family", "unlisted");
        privateAlbum = WebWorld.album(world.ana, "Secret", "private");
        for (int i = 0; i < 24; i++) {
            world.upload(world.anaKey, "alpha.png", "album_id", publicAlbum);
        }
        nsfw = world.upload(world.anaKey, "alpha.png", "album_id", publicAlbum, "nsfw", "1");
        world.upload(world.anaKey, "alpha.png", "album_id", unlistedAlbum);
        secret = world.upload(world.anaKey, "alpha.png", "album_id", privateAlbum);
    }

    private static int thumbs(HttpResponse<byte[]> page) {
        Matcher matcher = THUMB.matcher(Browser.text(page));
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    @Test
    void privacyDecidesWhoMayOpenAnAlbum() {
        Map<String, String> paths = Map.of("public", "/album/Beach-days." + publicAlbum,
                "unlisted", "/album/Family." + unlistedAlbum, "private", "/album/Secret." + privateAlbum);
        Map<String, Browser> viewers = Map.of("owner", world.ana, "other", world.bob, "visitor", world.anonymous,
                "admin", world.root);
        for (Map.Entry<String, String> album : paths.entrySet()) {
            for (Map.Entry<String, Browser> viewer : viewers.entrySet()) {
                boolean mayOpen = !album.getKey().equals("private") || viewer.getKey().equals("owner")
                        || viewer.getKey().equals("admin");
                HttpResponse<byte[]> page = viewer.getValue().get(album.getValue());
                assertThat(page.statusCode()).as(album.getKey() + " album for " + viewer.getKey())
                        .isEqualTo(mayOpen ? 200 : 404);
                assertThat(Browser.text(page)).as(album.getKey() + " album for " + viewer.getKey())
                        .doesNotContain(mayOpen ? "Not found" : "Secret");
            }
        }
        assertThat(world.anonymous.get("/album/" + privateAlbum).statusCode()).as("no redirect that leaks")
                .isEqualTo(404);
    }

    @Test
    void mediaInAPrivateAlbumAreNotFoundOnTheirViewerForOthers() {
        String viewer = secret.path("path_viewer").asText();

        assertThat(world.ana.get(viewer).statusCode()).isEqualTo(200);
        assertThat(world.root.get(viewer).statusCode()).isEqualTo(200);
        assertThat(world.bob.get(viewer).statusCode()).isEqualTo(404);
        assertThat(world.anonymous.get(viewer).statusCode()).isEqualTo(404);
        assertThat(world.anonymous.get("/oembed?url=" + secret.path("url_viewer").asText()).statusCode())
                .isEqualTo(404);
    }

    @Test
    void albumsArePagedNewestFirst() {
        HttpResponse<byte[]> first = world.anonymous.get("/album/Beach-days." + publicAlbum);
        HttpResponse<byte[]> second = world.anonymous.get("/album/Beach-days." + publicAlbum + "?page=2");

        assertThat(thumbs(first)).isEqualTo(24);
        assertThat(Browser.text(first)).contains("rel=\"next\" href=\"/album/Beach-days." + publicAlbum
                + "?page=2\"").doesNotContain("rel=\"prev\"").contains("25 items")
                .contains(nsfw.path("path_viewer").asText() + "\"");
        assertThat(thumbs(second)).isEqualTo(1);
        assertThat(Browser.text(second)).contains("rel=\"prev\"").doesNotContain("rel=\"next\"")
                .doesNotContain(nsfw.path("path_viewer").asText() + "\"");
        assertThat(thumbs(world.anonymous.get("/album/Beach-days." + publicAlbum + "?page=3"))).isZero();
    }

    @Test
    void shortFormsAndWrongSlugsRedirectToTheCanonicalPath() {
        String canonical = "/album/Beach-days." + publicAlbum;
        for (String path : new String[] {"/album/" + publicAlbum, "/album/beach." + publicAlbum}) {
            HttpResponse<byte[]> response = world.anonymous.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(path).hasValue(canonical);
        }
        assertThat(world.anonymous.get("/album/" + publicAlbum + "?page=2").headers().firstValue("Location"))
                .hasValue(canonical + "?page=2");
        assertThat(world.anonymous.get("/album/nosuchalbum").statusCode()).isEqualTo(404);
    }

    @Test
    void albumPagesCarryLinkPreviewTagsAndBlurNsfwThumbsForVisitors() {
        String html = Browser.text(world.anonymous.get("/album/Beach-days." + publicAlbum));

        assertThat(html).contains("<meta property=\"og:title\" content=\"Beach days\">")
                .contains("<meta property=\"og:url\" content=\"" + server.server.baseUrl() + "/album/Beach-days."
                        + publicAlbum + "\">")
                .contains("<meta name=\"twitter:card\"")
                .contains("class=\"nsfw\"");
        assertThat(Browser.text(world.ana.get("/album/Beach-days." + publicAlbum))).as("the owner sees it")
                .doesNotContain("class=\"nsfw\"");
    }
}
