package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vistazo.media.testing.Fixtures;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.EnumSource;

/** Viewer pages: oEmbed, embed codes for each size, the NSFW cover for visitors, the view count. */
@EnumSource(names = {"JETTY", "JDK"})
class ViewerExtrasTest extends EngineSuite {

    private static final Pattern OEMBED_LINK = Pattern.compile(
            "<link rel=\"alternate\" type=\"application/json\\+oembed\" href=\"([^\"]+)\"");

    JsonNode photo;
    JsonNode video;

    @Override
    void prepare() {
        photo = server.upload("photo.jpg", Fixtures.bytes("photo.jpg"), "title", "Sunset \"over\" sea")
                .path("image");
        video = server.upload("clip.mp4", Fixtures.bytes("video/h264-baseline-aac.mp4"), "title", "Clip")
                .path("image");
    }

    private String page(JsonNode media) {
        return Browser.text(server.get(media.path("url_viewer").asText()));
    }

    private HttpResponse<byte[]> oembed(String url, String... more) {
        return server.get("/oembed?url=" + URLEncoder.encode(url, StandardCharsets.UTF_8) + String.join("", more));
    }

    @Test
    void viewersAdvertiseAnOembedEndpointThatDescribesAPhoto() {
        Matcher link = OEMBED_LINK.matcher(page(photo));
        assertThat(link.find()).isTrue();
        HttpResponse<byte[]> response = server.get(link.group(1).replace("&amp;", "&"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode oembed = TestServer.json(response);
        assertThat(oembed.path("version").asText()).isEqualTo("1.0");
        assertThat(oembed.path("type").asText()).isEqualTo("photo");
        assertThat(oembed.path("title").asText()).isEqualTo("Sunset \"over\" sea");
        assertThat(oembed.path("provider_name").asText()).isEqualTo("Vistazo");
        assertThat(oembed.path("url").asText()).isEqualTo(photo.path("url").asText());
        assertThat(oembed.path("width").asInt()).isEqualTo(800);
        assertThat(oembed.path("height").asInt()).isEqualTo(600);
        assertThat(oembed.path("thumbnail_url").asText()).isEqualTo(photo.path("thumb").path("url").asText());
        assertThat(oembed.path("thumbnail_width").asInt()).isPositive();
    }

    @Test
    void oembedHonoursMaxwidthWithTheMedium() {
        JsonNode oembed = TestServer.json(oembed(photo.path("url_viewer").asText(), "&maxwidth=600"));

        assertThat(oembed.path("url").asText()).isEqualTo(photo.path("medium").path("url").asText());
        assertThat(oembed.path("width").asInt()).isEqualTo(500);
        assertThat(oembed.path("height").asInt()).isEqualTo(375);
    }

    @Test
    void oembedDescribesAVideoWithAPlayer() {
        assertThat(OEMBED_LINK.matcher(page(video)).find()).isTrue();
        JsonNode oembed = TestServer.json(oembed(video.path("url_short").asText(), "&format=json"));

        assertThat(oembed.path("type").asText()).isEqualTo("video");
        assertThat(oembed.path("html").asText()).startsWith("<video controls")
                .contains("src=\"" + video.path("url").asText() + "\"");
        assertThat(oembed.path("width").asInt()).isEqualTo(video.path("width").asInt());
    }

    @Test
    void oembedRefusesOtherUrlsAndFormats() {
        assertThat(oembed(server.server.baseUrl() + "/image/nope").statusCode()).isEqualTo(404);
        assertThat(oembed(photo.path("url").asText()).statusCode()).as("a file, not a viewer").isEqualTo(404);
        assertThat(server.get("/oembed").statusCode()).isEqualTo(404);
        assertThat(oembed(photo.path("url_viewer").asText(), "&format=xml").statusCode()).isEqualTo(501);
    }

    @Test
    void theViewerOffersEveryEmbedCodeForEverySize() {
        String html = page(photo);
        String viewer = photo.path("url_viewer").asText();
        String thumb = photo.path("thumb").path("url").asText();
        String medium = photo.path("medium").path("url").asText();

        assertThat(html).contains("<summary>Full size</summary>").contains("<summary>Medium</summary>")
                .contains("<summary>Thumb</summary>");
        for (String size : new String[] {"full", "medium", "thumb"}) {
            for (String code : new String[] {"direct", "viewer", "markdown", "bbcode", "html"}) {
                assertThat(html).contains("id=\"code-" + size + "-" + code + "\"");
            }
        }
        assertThat(html).contains("value=\"" + medium + "\"")
                .contains("[url=" + viewer + "][img]" + thumb + "[/img][/url]")
                .contains("[![Sunset &#34;over&#34; sea](" + medium + ")](" + viewer + ")")
                .contains("value=\"&lt;a href=&#34;" + viewer + "&#34;>&lt;img src=&#34;" + thumb
                        + "&#34; alt=&#34;Sunset &amp;#34;over&amp;#34; sea&#34;>&lt;/a>\"");
    }

    @Test
    void theViewerCarriesCompleteLinkPreviewTags() {
        String html = page(photo);

        assertThat(html).contains("<meta property=\"og:site_name\" content=\"Vistazo\">")
                .contains("<meta property=\"og:image:alt\" content=\"Sunset &#34;over&#34; sea\">")
                .contains("<meta name=\"twitter:card\" content=\"summary_large_image\">")
                .contains("<meta name=\"twitter:title\" content=\"Sunset &#34;over&#34; sea\">")
                .contains("<meta name=\"twitter:image\" content=\"" + photo.path("url").asText() + "\">");
    }

    @Test
    void nsfwMediaAreCoveredForVisitorsButNotForTheirOwner() {
        WebUsers.add(server.dataDir, "nina", "user");
        JsonNode nsfw = Uploads.image(Uploads.as(server, WebUsers.key(server.dataDir, "nina"), "a.png",
                Fixtures.bytes("alpha.png"), "nsfw", "1", "title", "Spicy"));
        Browser nina = Browser.signedIn(server, "nina", WebUsers.PASSWORD);

        String forVisitors = page(nsfw);
        assertThat(forVisitors).contains("<details class=\"nsfw\"><summary>")
                .contains("Click to show it").doesNotContain("og:image\"")
                .doesNotContainPattern("<script(?! src=\"/assets/viewer\\.[0-9a-f]+\\.js\" defer></script>)");
        String forOwner = Browser.text(nina.get(nsfw.path("path_viewer").asText()));
        assertThat(forOwner).doesNotContain("<details class=\"nsfw\"").contains("<h1>Spicy</h1>");
        assertThat(page(photo)).doesNotContain("<details class=\"nsfw\"");
    }

    @Test
    void theViewerShowsItsViewsCountingThisOne() {
        JsonNode image = server.upload("alpha.png", Fixtures.bytes("alpha.png")).path("image");
        String viewer = image.path("url_viewer").asText();

        assertThat(viewedBy(viewer, "Firefox")).contains("<span class=\"views\">1 view</span>");
        assertThat(viewedBy(viewer, "Firefox")).contains("<span class=\"views\">1 view</span>");
        assertThat(viewedBy(viewer, "Safari")).contains("<span class=\"views\">2 views</span>");
    }

    private String viewedBy(String viewer, String userAgent) {
        return Browser.text(server.send(HttpRequest.newBuilder(server.uri(viewer.substring(
                server.server.baseUrl().length()))).header("User-Agent", userAgent).GET().build()));
    }
}
