package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The home page and Explore: what the site is, the call to upload or sign in, everyone's public media (none from
 * private or unlisted albums, none expired, NSFW blurred for visitors), inside the one layout, in both languages;
 * and the viewer, album, category, tag, sign-in, signed-in, delete and error pages in Spanish.
 */
@EnumSource(names = {"JETTY", "JDK"})
class HomeAndExploreTest extends EngineSuite {

    private static final Pattern STYLESHEET = Pattern.compile("<link rel=\"stylesheet\" href=\"([^\"]+)\">");

    WebWorld world;
    JsonNode loose;
    JsonNode inPublicAlbum;
    JsonNode inPrivateAlbum;
    JsonNode inUnlistedAlbum;
    JsonNode expired;
    JsonNode nsfw;
    String openAlbum;

    @Override
    String[] settings() {
        return new String[] {"site-name", "Fotos <&> Co"};
    }

    @Override
    void prepare() {
        world = new WebWorld(server);
        loose = world.upload(world.anaKey, "alpha.png");
        openAlbum = WebWorld.album(world.ana, "Open", "public");
        inPublicAlbum = world.upload(world.anaKey, "alpha.png", "album_id", openAlbum, "tags", "sea");
        Cli.run(server.dataDir, "category", "add", "Nature", "--key", "nature");
        inPrivateAlbum = world.upload(world.anaKey, "alpha.png", "album_id",
                WebWorld.album(world.ana, "Closed", "private"));
        inUnlistedAlbum = world.upload(world.anaKey, "alpha.png", "album_id",
                WebWorld.album(world.ana, "Link only", "unlisted"));
        expired = world.upload(world.anaKey, "alpha.png");
        TestDatabase.update(server.dataDir, "UPDATE media SET expires_at = 1 WHERE name = ?",
                expired.path("name").asText());
        nsfw = world.upload(world.bobKey, "alpha.png", "nsfw", "1");
    }

    private void assertShowsOnlyPublicMedia(String html) {
        assertThat(html)
                .contains(viewer(loose)).contains(viewer(inPublicAlbum)).contains(viewer(nsfw))
                .doesNotContain(viewer(inPrivateAlbum))
                .doesNotContain(viewer(inUnlistedAlbum))
                .doesNotContain(viewer(expired));
    }

    private static String viewer(JsonNode media) {
        return "href=\"" + media.path("path_viewer").asText() + "\"";
    }

    @Test
    void theHomePageSaysWhatTheSiteIsAndShowsTheNewestPublicMedia() {
        HttpResponse<byte[]> home = world.anonymous.get("/");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Type")).hasValue("text/html; charset=UTF-8");
        String html = Browser.text(home);
        assertThat(html).contains("<title>Home - Fotos &lt;&amp;&gt; Co</title>")
                .contains("<a class=\"brand\" href=\"/\">Fotos &lt;&amp;&gt; Co</a>")
                .contains("Upload images and videos, share them with a link and embed them anywhere.")
                .contains("<a href=\"/explore\">Explore</a>")
                .contains("href=\"/explore\">Explore everything</a>");
        assertShowsOnlyPublicMedia(html);
    }

    @Test
    void visitorsAreAskedToSignInToUploadAndSignedInUsersToUpload() {
        String visitor = Browser.text(world.anonymous.get("/"));
        assertThat(visitor).contains("id=\"cta-sign-in\" href=\"/login?next=/upload\">Sign in to upload</a>")
                .doesNotContain("cta-upload")
                .contains("href=\"/login?next=%2F\">Sign in</a>")
                .doesNotContain("Sign out");

        String ana = Browser.text(world.ana.get("/"));
        assertThat(ana).contains("id=\"cta-upload\" href=\"/upload\">Start uploading</a>")
                .contains("Signed in as ana")
                .contains("<form class=\"inline\" method=\"post\" action=\"/logout\">")
                .contains(">Sign out</button>")
                .doesNotContain("cta-sign-in");
    }

    @Test
    void onlyAdminsSeeTheAdminLink() {
        assertThat(Browser.text(world.root.get("/"))).contains("<a href=\"/admin\">Admin</a>");
        assertThat(Browser.text(world.ana.get("/"))).doesNotContain("/admin");
        assertThat(Browser.text(world.anonymous.get("/explore"))).doesNotContain("/admin");
    }

    @Test
    void exploreListsPublicMediaOnlyAndBlursNsfwForVisitors() {
        HttpResponse<byte[]> explore = world.anonymous.get("/explore");

        assertThat(explore.statusCode()).isEqualTo(200);
        String html = Browser.text(explore);
        assertThat(html).contains("<title>Explore - Fotos &lt;&amp;&gt; Co</title>")
                .contains("<span>Page 1</span>")
                .doesNotContain("rel=\"next\"");
        assertShowsOnlyPublicMedia(html);
        assertThat(thumbOf(html, nsfw)).contains("class=\"nsfw\"");
        assertThat(thumbOf(html, loose)).doesNotContain("nsfw");
        assertThat(thumbOf(Browser.text(world.bob.get("/explore")), nsfw)).as("its owner sees it")
                .doesNotContain("nsfw");
        assertThat(thumbOf(Browser.text(world.root.get("/explore")), nsfw)).as("admins see it")
                .doesNotContain("nsfw");
        assertThat(Browser.text(world.anonymous.get("/explore?page=2"))).contains("Nothing here yet.")
                .contains("rel=\"prev\" href=\"/explore?page=1\"");
    }

    private static String thumbOf(String html, JsonNode media) {
        Matcher thumb = Pattern.compile(Pattern.quote(viewer(media)) + "><img [^>]*>").matcher(html);
        assertThat(thumb.find()).as("a thumb of " + media.path("name").asText()).isTrue();
        return thumb.group();
    }

    @Test
    void pagesKeepTheStrictPolicyAndUseTheOneHashedStylesheet() {
        HttpResponse<byte[]> home = world.anonymous.get("/");
        assertThat(home.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'none'").contains("style-src 'self'").doesNotContain("unsafe-inline");
        String html = Browser.text(home);
        assertThat(html).doesNotContain("<script").doesNotContain("<style").doesNotContain(" style=");

        Matcher link = STYLESHEET.matcher(html);
        assertThat(link.find()).isTrue();
        assertThat(link.group(1)).matches("/assets/site\\.[0-9a-f]{10}\\.css");
        HttpResponse<byte[]> css = world.anonymous.get(link.group(1));
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).hasValue("text/css; charset=UTF-8");
        assertThat(css.headers().firstValue("Cache-Control").orElseThrow()).contains("immutable");
        assertThat(Browser.text(css)).contains("prefers-color-scheme: dark");
    }

    @Test
    void bothPagesSpeakSpanishWithNoEnglishLeft() {
        HttpResponse<byte[]> home = world.anonymous.get("/?lang=es");
        assertThat(home.headers().allValues("Set-Cookie")).anyMatch(cookie -> cookie.startsWith("vistazo_lang=es"));
        String html = Browser.text(home);
        assertThat(html).contains("<html lang=\"es\">").contains("<title>Inicio - Fotos &lt;&amp;&gt; Co</title>")
                .contains(">Inicia sesión para subir</a>").contains(">Explorar</a>")
                .contains("aria-current=\"true\">Español</a>");
        assertThat(SpanishPages.englishIn(html)).isEmpty();

        for (Browser browser : new Browser[] {world.ana, world.root}) {
            assertThat(SpanishPages.englishIn(Browser.text(browser.get("/?lang=es")))).isEmpty();
            assertThat(SpanishPages.englishIn(Browser.text(browser.get("/explore?lang=es")))).isEmpty();
        }
        assertThat(SpanishPages.englishIn(Browser.text(world.anonymous.get("/explore?page=2&lang=es"))))
                .isEmpty();
    }

    @Test
    void viewersSpeakSpanishWithNoEnglishLeft() {
        for (JsonNode media : new JsonNode[] {loose, nsfw}) {
            String html = Browser.text(world.anonymous.get(media.path("path_viewer").asText() + "?lang=es"));
            assertThat(html).contains("<html lang=\"es\">").contains("<summary>Tamaño completo</summary>")
                    .contains(">Enlace directo</label>");
            assertThat(SpanishPages.englishIn(html)).isEmpty();
        }
        assertThat(Browser.text(world.anonymous.get(nsfw.path("path_viewer").asText() + "?lang=es")))
                .contains("<span>Contenido sensible (NSFW). Haz click para mostrarlo.</span>");
        assertThat(SpanishPages.englishIn(Browser.text(world.bob.get(nsfw.path("path_viewer").asText()
                + "?lang=es")))).isEmpty();
    }

    @Test
    void albumCategoryTagAndSignInPagesSpeakSpanish() {
        String album = Browser.text(world.ana.get("/album/Open." + openAlbum + "?lang=es"));
        assertThat(album).contains("<h1>Open</h1>").contains("1 elemento · Público · <a href=\"/my/albums\">");
        assertThat(SpanishPages.englishIn(album)).isEmpty();
        assertThat(SpanishPages.englishIn(Browser.text(world.anonymous.get("/album/Open." + openAlbum
                + "?lang=es")))).isEmpty();

        String category = Browser.text(world.anonymous.get("/category/nature?lang=es"));
        assertThat(category).contains("<h1>Categoría: Nature</h1>").contains("Aún no hay nada aquí.");
        assertThat(SpanishPages.englishIn(category)).isEmpty();

        String tag = Browser.text(world.anonymous.get("/tag/sea?lang=es"));
        assertThat(tag).contains("<h1>Etiqueta: sea</h1>").contains(viewer(inPublicAlbum));
        assertThat(SpanishPages.englishIn(tag)).isEmpty();

        String login = Browser.text(world.anonymous.get("/login?lang=es"));
        assertThat(login).contains("<h1>Iniciar sesión</h1>").contains(">Contraseña</label>");
        assertThat(SpanishPages.englishIn(login)).isEmpty();
        String wrong = Browser.text(world.anonymous.postForm("/login?lang=es", "csrf", world.anonymous.csrf(),
                "name", "ana", "password", "not it"));
        assertThat(wrong).contains("Nombre o contraseña incorrectos.");
        assertThat(SpanishPages.englishIn(wrong)).isEmpty();
    }

    @Test
    void theSignedInPagesSpeakSpanish() {
        String edit = "/my/media/" + inPublicAlbum.path("id_encoded").asText();
        for (Browser browser : new Browser[] {world.ana, world.root}) {
            for (String path : new String[] {"/my", edit, edit + "?saved=1", "/my/albums", "/my/keys"}) {
                HttpResponse<byte[]> page = browser.get(path + (path.contains("?") ? "&" : "?") + "lang=es");
                assertThat(page.statusCode()).as(path).isEqualTo(200);
                assertThat(SpanishPages.englishIn(Browser.text(page))).as(path).isEmpty();
            }
        }
        assertThat(Browser.text(world.ana.get("/my/albums?lang=es"))).contains("Público · 1 elemento")
                .contains(">Crear álbum</button>");
        assertThat(Browser.text(world.root.get("/my?lang=es"))).contains("<h1>Todos los archivos</h1>")
                .contains("<th>Propietario</th>");
    }

    @Test
    void errorPagesAreInTheLayoutAndTheVisitorsLanguage() {
        HttpResponse<byte[]> missing = world.anonymous.get("/no/such/page");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'none'");
        assertThat(Browser.text(missing)).contains("<title>Not found - Fotos &lt;&amp;&gt; Co</title>")
                .contains("<h1>Not found</h1>").contains("<a href=\"/explore\">Explore</a>");

        HttpResponse<byte[]> spanish = world.anonymous.get("/no/such/page?lang=es");
        assertThat(spanish.statusCode()).isEqualTo(404);
        assertThat(Browser.text(spanish)).contains("<h1>No encontrado</h1>").contains("Error 404");
        assertThat(SpanishPages.englishIn(Browser.text(spanish))).isEmpty();

        HttpResponse<byte[]> forged = world.ana.postForm("/my/albums?lang=es", "csrf", "forged", "name", "x");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(Browser.text(forged)).contains("<h1>No permitido</h1>").contains("recarga la página");
        assertThat(SpanishPages.englishIn(Browser.text(forged))).isEmpty();
        assertThat(Browser.text(world.ana.postForm("/my/albums", "csrf", "forged", "name", "x")))
                .as("English readers also get the server's own words")
                .contains("<h1>Not allowed</h1>").contains("Invalid or missing CSRF token");
    }

    @Test
    void deleteLinksSpeakSpanish() {
        JsonNode doomed = world.upload(world.anaKey, "alpha.png");
        String deletePath = WebWorld.path(doomed.path("delete_url").asText()) + "?lang=es";

        String question = Browser.text(world.anonymous.get(deletePath));
        assertThat(question).contains("<h1>¿Eliminar esta imagen?</h1>")
                .contains(">Eliminar para siempre</button>");
        assertThat(SpanishPages.englishIn(question)).isEmpty();
        HttpResponse<byte[]> answer = world.anonymous.postForm(deletePath);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(Browser.text(answer)).contains("La imagen y todos sus archivos fueron eliminados.");
        assertThat(SpanishPages.englishIn(Browser.text(answer))).isEmpty();
    }

    @Test
    void linkPreviewsCarryTheSiteName() {
        assertThat(Browser.text(world.anonymous.get(loose.path("path_viewer").asText())))
                .contains("<meta property=\"og:site_name\" content=\"Fotos &lt;&amp;> Co\">");
        assertThat(Browser.text(world.anonymous.get("/album/Open." + openAlbum)))
                .contains("<meta property=\"og:site_name\" content=\"Fotos &lt;&amp;> Co\">");
        String oembed = "/oembed?format=json&url=" + URLEncoder.encode(loose.path("url_viewer").asText(),
                StandardCharsets.UTF_8);
        assertThat(TestServer.json(world.anonymous.get(oembed)).path("provider_name").asText())
                .isEqualTo("Fotos <&> Co");
    }

    @Test
    void theUploaderIsInsideTheLayoutInBothLanguages() {
        for (Browser browser : new Browser[] {world.anonymous, world.ana, world.root}) {
            HttpResponse<byte[]> english = browser.get("/upload?lang=en");
            assertThat(english.statusCode()).isEqualTo(200);
            assertThat(Browser.text(english)).contains("<title>Upload - Fotos &lt;&amp;&gt; Co</title>")
                    .contains("<a class=\"brand\" href=\"/\">Fotos &lt;&amp;&gt; Co</a>")
                    .contains("<a href=\"/explore\">Explore</a>").contains("<footer class=\"site-footer\">")
                    .containsOnlyOnce("<link rel=\"stylesheet\"").doesNotContain("uploader.css");
            String spanish = Browser.text(browser.get("/upload?lang=es"));
            assertThat(spanish).contains("<html lang=\"es\">")
                    .contains("<title>Subir - Fotos &lt;&amp;&gt; Co</title>");
            assertThat(SpanishPages.englishIn(spanish)).isEmpty();
        }
        assertThat(Browser.text(world.anonymous.get("/upload?lang=es"))).contains("<h1>Entra para subir</h1>");
        assertThat(Browser.text(world.ana.get("/upload?lang=es"))).contains("id=\"up-box\"")
                .contains("Has entrado como ana");
    }

    @Test
    void theSpanishCheckFindsEnglish() {
        assertThat(SpanishPages.englishIn(Browser.text(world.anonymous.get("/?lang=en"))))
                .contains("home.sign_in=Sign in to upload", "nav.explore=Explore");
    }
}
