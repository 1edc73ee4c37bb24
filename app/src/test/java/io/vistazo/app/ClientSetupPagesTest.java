package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vistazo.media.testing.Fixtures;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code /my/clients}: a new key in a ready ShareX uploader, or in the settings of PicGo, imgbb-uploader, curl. */
@EnumSource(names = {"JETTY", "JDK"})
class ClientSetupPagesTest extends EngineSuite {

    private static final Pattern NEW_KEY = Pattern.compile("id=\"new-key\" readonly value=\"(chv_[^\"]+)\"");

    WebWorld world;

    @Override
    void prepare() {
        world = new WebWorld(server);
    }

    @Test
    void oneClickDownloadsAShareXUploaderThatUploads() {
        HttpResponse<byte[]> download = world.ana.postForm("/my/clients/sharex", "csrf", world.ana.csrf(),
                "name", "ShareX desk");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"Vistazo.sxcu\"");
        assertThat(download.headers().firstValue("Cache-Control")).hasValue("no-store");
        JsonNode sxcu = TestServer.json(download);
        assertThat(sxcu.path("RequestURL").asText()).isEqualTo(server.uri("/api/1/upload").toString());
        assertThat(sxcu.path("FileFormName").asText()).isEqualTo("source");
        assertThat(sxcu.path("URL").asText()).isEqualTo("{json:image.url}");
        assertThat(sxcu.path("ThumbnailURL").asText()).isEqualTo("{json:image.thumb.url}");
        assertThat(sxcu.path("DeletionURL").asText()).isEqualTo("{json:image.delete_url}");

        JsonNode image = uploadAsShareX(sxcu, "alpha.png");
        assertThat(image.path("user").path("username").asText("ana")).isEqualTo("ana");
        assertThat(server.get(WebWorld.path(image.path("url").asText())).statusCode()).isEqualTo(200);
        assertThat(server.get(WebWorld.path(image.path("thumb").path("url").asText())).statusCode())
                .isEqualTo(200);
        assertThat(Browser.text(world.ana.get("/my/keys"))).contains("ShareX desk");
        assertThat(Browser.text(world.bob.get("/my/keys"))).doesNotContain("ShareX desk");
    }

    @Test
    void theOtherButtonShowsTheNewKeyInEveryAppsSettingsOnce() {
        HttpResponse<byte[]> shown = world.ana.postForm("/my/clients", "csrf", world.ana.csrf(), "name",
                "PicGo phone");
        assertThat(shown.statusCode()).isEqualTo(201);
        assertThat(shown.headers().firstValue("Cache-Control")).hasValue("no-store");
        String page = Browser.text(shown).replace("&#34;", "\"").replace("&quot;", "\"");
        Matcher key = NEW_KEY.matcher(page);
        assertThat(key.find()).isTrue();
        String upload = server.uri("/api/1/upload").toString();
        assertThat(page).contains("<code id=\"picgo-url\">" + upload + "</code>")
                .contains("<code id=\"imgbb-host\">" + server.uri("/").getAuthority() + "</code>")
                .contains("curl -H \"X-API-Key: " + key.group(1) + "\" -F source=@picture.jpg " + upload);
        assertThat(Uploads.as(server, key.group(1), "a.png", Fixtures.bytes("alpha.png")).statusCode())
                .isEqualTo(200);
        assertThat(Browser.text(world.ana.get("/my/clients"))).doesNotContain(key.group(1));
    }

    @Test
    void theFormsNeedASignedInUserAndTheirToken() {
        assertThat(world.anonymous.get("/my/clients").statusCode()).isEqualTo(303);
        assertThat(world.ana.postForm("/my/clients/sharex", "name", "x").statusCode()).isEqualTo(403);
        assertThat(world.ana.postForm("/my/clients", "csrf", "forged", "name", "x").statusCode()).isEqualTo(403);
        Browser stranger = new Browser(server);
        HttpResponse<byte[]> notSignedIn = stranger.postForm("/my/clients/sharex", "csrf", stranger.csrf());
        assertThat(notSignedIn.statusCode()).isEqualTo(303);
        assertThat(Browser.text(world.ana.get("/my/keys"))).doesNotContain("<td>x</td>");
    }

    @Test
    void thePageIsInSpanishWhenAsked() {
        String page = Browser.text(world.ana.postForm("/my/clients?lang=es", "csrf", world.ana.csrf(), "name",
                "PicGo"));
        assertThat(page).contains("Aplicaciones de subida");
        // The ShareX uploader's own JSON field names ("Name", "URL") are not texts to translate.
        String readable = page.replaceAll("(?s)<code id=\"sharex-json\">.*?</code>", "");
        assertThat(SpanishPages.englishIn(readable)).isEmpty();
    }

    /** Uploads as ShareX does with the uploader: its URL, headers, arguments and file form name. */
    private JsonNode uploadAsShareX(JsonNode sxcu, String fixture) {
        MultipartBody body = new MultipartBody();
        for (Map.Entry<String, JsonNode> argument : sxcu.path("Arguments").properties()) {
            body.field(argument.getKey(), argument.getValue().asText());
        }
        body.file(sxcu.path("FileFormName").asText(), fixture, "image/png", Fixtures.bytes(fixture));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sxcu.path("RequestURL").asText()))
                .header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()));
        sxcu.path("Headers").properties().forEach(header -> request.header(header.getKey(),
                header.getValue().asText()));
        return Uploads.image(server.send(request.build()));
    }
}
