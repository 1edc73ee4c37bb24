package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vistazo.media.testing.Fixtures;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
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

        JsonNode image = ShareX.upload(server, sxcu, "alpha.png");
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
        URI site = server.uri("/");
        assertThat(page).contains("<code id=\"picgo-url\">" + upload + "</code>")
                .contains("<code id=\"picgo-key\">" + key.group(1) + "</code>")
                .contains("<code id=\"imgbb-host\">" + site.getScheme() + "://" + site.getAuthority() + "</code>")
                .contains("<code id=\"imgbb-key\">" + key.group(1) + "</code>")
                .contains("curl -H \"X-API-Key: " + key.group(1) + "\" -F source=@picture.jpg " + upload);
        assertThat(Uploads.as(server, key.group(1), "a.png", Fixtures.bytes("alpha.png")).statusCode())
                .isEqualTo(200);
        assertThat(Browser.text(world.ana.get("/my/clients"))).doesNotContain(key.group(1));
    }

    @Test
    void theSettingsShownAreTheOnesPicGoAndImgbbUploaderUse() throws Exception {
        String page = Browser.text(world.ana.postForm("/my/clients", "csrf", world.ana.csrf(), "name", "apps"))
                .replace("&#34;", "\"").replace("&quot;", "\"");
        Matcher json = Pattern.compile("(?s)<code id=\"picgo-json\">(.*?)</code>").matcher(page);
        assertThat(json.find()).isTrue();
        JsonNode picgo = new ObjectMapper().readTree(json.group(1)).path("picBed");
        assertThat(picgo.path("uploader").asText()).isEqualTo("chevereto");
        assertThat(picgo.path("current").asText()).isEqualTo("chevereto");
        JsonNode plugin = picgo.path("chevereto");
        assertThat(plugin.path("url").asText()).isEqualTo(text(page, "picgo-url"));
        assertThat(plugin.path("key").asText()).isEqualTo(text(page, "picgo-key"));

        // picgo-plugin-chevereto: multipart to its url, with key and format fields and the file as source.
        MultipartBody body = new MultipartBody();
        body.field("key", plugin.path("key").asText());
        body.field("format", "json");
        body.file("source", "picgo.png", "image/png", Fixtures.bytes("alpha.png"));
        HttpResponse<byte[]> fromPicgo = server.send(HttpRequest.newBuilder(URI.create(plugin.path("url").asText()))
                .header("Content-Type", body.contentType()).header("User-Agent", "PicGo")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())).build());
        assertThat(TestServer.json(fromPicgo).path("status_code").asInt()).isEqualTo(200);
        assertThat(Uploads.image(fromPicgo).path("url").asText()).contains("/images/");

        // imgbb-uploader: urlencoded source (base64) and key, to /api/1/upload on its cheveretoHost, whose
        // scheme it takes from the value (https unless it says http://).
        URI host = URI.create(text(page, "imgbb-host"));
        assertThat(host.getScheme()).isEqualTo(server.uri("/").getScheme());
        String form = "source=" + URLEncoder.encode(Base64.getEncoder().encodeToString(Fixtures.bytes("alpha.png")),
                StandardCharsets.UTF_8) + "&key=" + URLEncoder.encode(text(page, "imgbb-key"), StandardCharsets.UTF_8);
        HttpResponse<byte[]> fromImgbb = server.send(HttpRequest.newBuilder(host.resolve("/api/1/upload"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        assertThat(TestServer.json(fromImgbb).has("error")).as(Browser.text(fromImgbb)).isFalse();
        assertThat(Uploads.image(fromImgbb).path("url").asText()).contains("/images/");
    }

    private static String text(String page, String id) {
        Matcher code = Pattern.compile("<code id=\"" + id + "\">([^<]*)</code>").matcher(page);
        assertThat(code.find()).as(id).isTrue();
        return code.group(1);
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
        // The ShareX uploader's and PicGo's own JSON field names ("Name", "URL") are not texts to translate.
        String readable = page.replaceAll("(?s)<code id=\"(sharex|picgo)-json\">.*?</code>", "");
        assertThat(SpanishPages.englishIn(readable)).isEmpty();
    }
}
