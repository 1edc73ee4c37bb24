package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vistazo.media.testing.Fixtures;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The viewer page: owner, dates, views, category, album with its previous and next media, the Download button
 * (under the uploaded name, keeping private media private), the copy buttons and the owner's Edit and Delete.
 */
@EnumSource(names = {"JETTY", "JDK"})
class ViewerPageTest extends EngineSuite {

    private static final Pattern DOWNLOAD = Pattern.compile("id=\"viewer-download\" href=\"([^\"]+)\"");
    private static final Pattern SCRIPT = Pattern.compile("<script src=\"(/assets/viewer\\.[0-9a-f]+\\.js)\" defer>");
    private static final Pattern DELETE_FORM = Pattern.compile("<form class=\"inline\" method=\"post\" action=\""
            + "(/my/media/[^\"]+/delete)\"><input type=\"hidden\" name=\"csrf\" value=\"([^\"]+)\">");

    WebWorld world;

    @Override
    void prepare() {
        world = new WebWorld(server);
        Cli.run(server.dataDir, "category", "add", "Nature", "--key", "nature");
    }

    private static String viewer(JsonNode media) {
        return media.path("path_viewer").asText();
    }

    private static String download(String html) {
        Matcher matcher = DOWNLOAD.matcher(html);
        assertThat(matcher.find()).as(html).isTrue();
        return matcher.group(1).replace("&amp;", "&");
    }

    @Test
    void theViewerTellsWhoWhenWhereAndHowOften() {
        String album = WebWorld.album(world.ana, "Coast", "public");
        JsonNode photo = world.upload(world.anaKey, "photo.jpg", "album_id", album, "category_id", "1", "title",
                "Harbour", "tags", "sea,boats");

        String html = Browser.text(world.anonymous.get(viewer(photo)));

        assertThat(html).contains("<dd class=\"owner\">ana</dd>")
                .containsPattern("<time datetime=\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\" title=\""
                        + "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC\">just now</time>")
                .contains("<dd><span class=\"views\">1 view</span></dd>")
                .contains("<a class=\"category\" href=\"/category/nature\">Nature</a>")
                .contains(">Coast</a>")
                .contains("<a class=\"tag\" href=\"/tag/sea\">#sea</a>")
                .contains("<img class=\"fitted\"")
                .contains("id=\"viewer-original\" href=\"" + WebWorld.path(photo.path("url").asText()) + "\"");
        JsonNode loose = server.upload("alpha.png", Fixtures.bytes("alpha.png")).path("image");
        assertThat(Browser.text(world.anonymous.get(viewer(loose)))).contains("<dd class=\"owner\">admin</dd>")
                .doesNotContain("class=\"album-nav\"").doesNotContain("class=\"category\"");
    }

    @Test
    void albumNeighboursLeadToThePreviousAndNextMedia() {
        String album = WebWorld.album(world.ana, "Walk", "public");
        JsonNode first = world.upload(world.anaKey, "photo.jpg", "album_id", album, "title", "First");
        JsonNode second = world.upload(world.anaKey, "alpha.png", "album_id", album, "title", "Second");
        JsonNode third = world.upload(world.anaKey, "photo.jpg", "album_id", album, "title", "Third");
        world.upload(world.anaKey, "photo.jpg", "title", "Elsewhere");

        String middle = Browser.text(world.anonymous.get(viewer(second)));
        assertThat(middle).contains("<a rel=\"prev\" id=\"viewer-newer\" href=\"" + viewer(third) + "\">← Third</a>")
                .contains("<a rel=\"next\" id=\"viewer-older\" href=\"" + viewer(first) + "\">First →</a>");
        String newest = Browser.text(world.anonymous.get(viewer(third)));
        assertThat(newest).doesNotContain("viewer-newer").contains("href=\"" + viewer(second) + "\">Second →");
        String oldest = Browser.text(world.anonymous.get(viewer(first)));
        assertThat(oldest).doesNotContain("viewer-older").contains("href=\"" + viewer(second) + "\">← Second");
    }

    @Test
    void downloadSavesTheFileUnderTheNameItWasUploadedWith() {
        JsonNode photo = world.upload(world.anaKey, "photo.jpg");
        String href = download(Browser.text(world.anonymous.get(viewer(photo))));
        assertThat(href).endsWith("?download=1");

        HttpResponse<byte[]> saved = world.anonymous.get(href);

        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"photo.jpg\"; filename*=UTF-8''photo.jpg");
        assertThat(saved.body()).isEqualTo(world.anonymous.get(href.replace("?download=1", "")).body());
        assertThat(world.anonymous.get(href.replace("?download=1", "")).headers()
                .firstValue("Content-Disposition")).isEmpty();
    }

    @Test
    void privateMediaAreDownloadedOnlyByThoseWhoMaySeeThem() {
        String album = WebWorld.album(world.ana, "Secret", "private");
        JsonNode hidden = world.upload(world.anaKey, "photo.jpg", "album_id", album);
        String href = download(Browser.text(world.ana.get(viewer(hidden))));

        assertThat(world.ana.get(href).headers().firstValue("Content-Disposition")).isPresent();
        assertThat(world.root.get(href).statusCode()).isEqualTo(200);
        assertThat(world.bob.get(href).statusCode()).isEqualTo(404);
        assertThat(world.anonymous.get(href).statusCode()).isEqualTo(404);
    }

    @Test
    void everyCodeHasACopyButtonShownByAHashedScript() {
        JsonNode photo = world.upload(world.anaKey, "photo.jpg");
        HttpResponse<byte[]> page = world.anonymous.get(viewer(photo));
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self'").doesNotContain("unsafe");
        String html = Browser.text(page);

        assertThat(html).contains("<input id=\"code-full-markdown\" readonly value=")
                .contains("<button type=\"button\" class=\"copy\" data-copy=\"code-full-markdown\" data-copied=\""
                        + "Copied\" hidden>Copy</button>")
                .doesNotContain("<script>").doesNotContain("onclick");
        Matcher script = SCRIPT.matcher(html);
        assertThat(script.find()).isTrue();
        HttpResponse<byte[]> asset = world.anonymous.get(script.group(1));
        assertThat(asset.statusCode()).isEqualTo(200);
        assertThat(asset.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/javascript"));
        assertThat(Browser.text(asset)).contains("button.copy[data-copy]");
    }

    @Test
    void theOwnerAndAdminsEditAndDeleteFromThePage() {
        JsonNode photo = world.upload(world.anaKey, "photo.jpg", "title", "Mine");
        String path = viewer(photo);

        for (Browser visitor : new Browser[] {world.anonymous, world.bob}) {
            assertThat(Browser.text(visitor.get(path))).doesNotContain("viewer-edit").doesNotContain("/delete\"");
        }
        String asAdmin = Browser.text(world.root.get(path));
        assertThat(asAdmin).contains("id=\"viewer-edit\"").contains("id=\"viewer-delete\"");
        String asOwner = Browser.text(world.ana.get(path));
        Matcher edit = Pattern.compile("id=\"viewer-edit\" href=\"(/my/media/[^\"]+)\"").matcher(asOwner);
        assertThat(edit.find()).isTrue();
        assertThat(world.ana.get(edit.group(1)).statusCode()).isEqualTo(200);
        Matcher form = DELETE_FORM.matcher(asOwner);
        assertThat(form.find()).as(asOwner).isTrue();

        assertThat(world.ana.postForm(form.group(1), "csrf", "forged").statusCode()).isEqualTo(403);
        assertThat(world.bob.postForm(form.group(1), "csrf", world.bob.csrf()).statusCode()).isIn(403, 404);
        assertThat(world.exists(photo)).isTrue();
        HttpResponse<byte[]> deleted = world.ana.postForm(form.group(1), "csrf", form.group(2), "next", "/my");
        assertThat(deleted.statusCode()).isEqualTo(303);
        assertThat(world.exists(photo)).isFalse();
        assertThat(world.anonymous.get(path).statusCode()).isEqualTo(404);
    }

    @Test
    void theViewerSpeaksSpanish() {
        String album = WebWorld.album(world.ana, "Costa", "public");
        world.upload(world.anaKey, "photo.jpg", "album_id", album, "category_id", "1", "title", "Puerto");
        JsonNode photo = world.upload(world.anaKey, "photo.jpg", "album_id", album, "title", "Barcos");

        for (Browser visitor : new Browser[] {world.anonymous, world.ana}) {
            String html = Browser.text(visitor.get(viewer(photo) + "?lang=es"));
            assertThat(html).contains("Subido por").contains("justo ahora").contains(">Descargar</a>")
                    .contains("hidden>Copiar</button>");
            assertThat(SpanishPages.englishIn(html)).isEmpty();
        }
    }
}
