package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vistazo.media.testing.Fixtures;
import java.awt.Color;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * Every page of the site, once each, with who sees it and how a browser gets there: the one list the accessibility
 * walk and the screenshots share. The site behind it has real uploads (images, a video, an album, a category,
 * tags), the people of {@link WebWorld}, an invite, and sign-ins locked for the address, so that the next one
 * answers 429; sign-up by invite runs on the main server and open sign-up on a second one.
 */
final class SitePages {

    /** Who looks at a page: nobody signed in, the user ana, or the admin root. */
    enum Who { VISITOR, USER, ADMIN }

    /**
     * A page: its name (in file names), who looks, where, what the browser does once there (submitting a form,
     * for the pages that answer one), and the status its error page shows (0 for a page that is not an error).
     */
    record Page(String name, Who who, String url, Consumer<Chromium> then, int errorStatus) {
    }

    /** The pages also shown on a phone. */
    static final Set<String> FEW = Set.of("home", "viewer-image", "uploader", "my-media", "admin");

    private static final Pattern NEW_INVITE = Pattern.compile("id=\"new-invite\" readonly value=\"([^\"]+)\"");
    private static final Duration LOAD = Duration.ofSeconds(20);

    private final WebWorld world;
    private final List<Page> pages;

    private SitePages(WebWorld world, List<Page> pages) {
        this.world = world;
        this.pages = pages;
    }

    /**
     * Fills the site and lists its pages.
     *
     * @param server started with {@code signup=invite} and {@code login-failures-per-hour=1}
     * @param openServer started with {@code signup=open}
     * @param pictures a folder for the pictures uploaded and queued
     */
    static SitePages on(TestServer server, TestServer openServer, Path pictures) {
        WebWorld world = new WebWorld(server);
        String category = Cli.valueAfter(Cli.run(server.dataDir, "category", "add", "Landscapes", "--key",
                "landscapes", "--description", "Coasts, hills and skies"), "category_id ");
        WebWorld.album(world.ana, "Harbour walk", "public");
        JsonNode walk = TestServer.json(world.ana.json("GET", "/web/api/albums", null, null)).path("albums").path(0);
        String album = walk.path("id_encoded").asText();
        JsonNode photo = upload(server, world.anaKey, UploaderFiles.picture(pictures, "harbour.png",
                new Color(242, 152, 82), new Color(40, 70, 130), 1), "title", "Harbour at dawn", "description",
                "Fishing boats before the market opens.", "album_id", album, "category_id", category, "tags",
                "sea, boats");
        upload(server, world.anaKey, UploaderFiles.picture(pictures, "lighthouse.png", new Color(80, 160, 220),
                new Color(20, 50, 110), 2), "title", "Lighthouse", "album_id", album, "category_id", category);
        upload(server, world.bobKey, UploaderFiles.picture(pictures, "forest.png", new Color(60, 150, 90),
                new Color(20, 60, 40), 3), "title", "Forest path", "category_id", category);
        upload(server, world.bobKey, UploaderFiles.picture(pictures, "market.png", new Color(200, 60, 120),
                new Color(40, 20, 70), 4), "title", "Night market", "nsfw", "1");
        JsonNode video = Uploads.image(Uploads.as(server, world.bobKey, "ferry.mp4",
                Fixtures.bytes("video/h264-high-aac.mp4"), "title", "Ferry crossing"));
        Path queued = UploaderFiles.picture(pictures, "sunset.png", new Color(242, 112, 62), new Color(90, 40, 120),
                5);
        String invite = invite(world);
        lockSignIns(world);
        String base = server.server.baseUrl();
        String open = openServer.server.baseUrl();
        String viewer = base + photo.path("path_viewer").asText();
        return new SitePages(world, List.of(
                page("home", Who.VISITOR, base + "/"),
                page("explore", Who.VISITOR, base + "/explore"),
                page("viewer-image", Who.VISITOR, viewer),
                page("viewer-video", Who.VISITOR, base + video.path("path_viewer").asText()),
                page("album", Who.VISITOR, base + WebWorld.path(walk.path("url").asText())),
                page("category", Who.VISITOR, base + "/category/landscapes"),
                page("tag", Who.VISITOR, base + "/tag/sea"),
                page("delete-link", Who.VISITOR, base + WebWorld.path(photo.path("delete_url").asText())),
                page("login", Who.VISITOR, base + "/login"),
                after("login-failed", Who.VISITOR, open + "/login", SitePages::signInWithAWrongPassword),
                page("signup-open", Who.VISITOR, open + "/signup"),
                after("signup-refused", Who.VISITOR, open + "/signup", SitePages::signUpWithPasswordsThatDiffer),
                page("signup-invite", Who.VISITOR, invite),
                page("signup-invite-needed", Who.VISITOR, base + "/signup"),
                page("uploader-visitor", Who.VISITOR, base + "/upload"),
                error("error-404", base + "/no-such-page", browser -> { }, 404),
                error("error-403", base + "/login", SitePages::signInWithAForgedToken, 403),
                error("error-429", base + "/login", SitePages::signInWhileLocked, 429),
                page("uploader", Who.USER, base + "/upload"),
                after("uploader-queue", Who.USER, base + "/upload", browser -> queue(browser, queued)),
                after("uploader-edit", Who.USER, base + "/upload", browser -> edit(browser, queued)),
                after("uploader-urls", Who.USER, base + "/upload", SitePages::addUrls),
                after("uploader-done", Who.USER, base + "/upload", browser -> send(browser, queued)),
                page("viewer-owner", Who.USER, viewer),
                page("my-media", Who.USER, base + "/my"),
                page("my-edit", Who.USER, base + "/my/media/" + photo.path("id_encoded").asText()),
                page("my-albums", Who.USER, base + "/my/albums"),
                page("my-keys", Who.USER, base + "/my/keys"),
                after("my-keys-issued", Who.USER, base + "/my/keys", SitePages::createAKey),
                page("my-account", Who.USER, base + "/my/account"),
                page("my-clients", Who.USER, base + "/my/clients"),
                page("admin", Who.ADMIN, base + "/admin"),
                page("admin-users", Who.ADMIN, base + "/admin/users"),
                page("admin-categories", Who.ADMIN, base + "/admin/categories"),
                page("admin-invites", Who.ADMIN, base + "/admin/invites")));
    }

    private static JsonNode upload(TestServer server, String key, Path file, String... fields) {
        return Uploads.image(Uploads.as(server, key, file.getFileName().toString(), UploaderFiles.bytes(file),
                fields));
    }

    private static Page page(String name, Who who, String url) {
        return new Page(name, who, url, browser -> { }, 0);
    }

    /** A page as it is once the browser has done something there. */
    private static Page after(String name, Who who, String url, Consumer<Chromium> then) {
        return new Page(name, who, url, then, 0);
    }

    /** An error page a visitor gets. */
    private static Page error(String name, String url, Consumer<Chromium> then, int status) {
        return new Page(name, Who.VISITOR, url, then, status);
    }

    private static String invite(WebWorld world) {
        Matcher link = NEW_INVITE.matcher(Browser.text(world.root.postForm("/admin/invites", "csrf",
                world.root.csrf())));
        assertThat(link.find()).as("an invite link").isTrue();
        return link.group(1).replace("&amp;", "&");
    }

    /** Sends wrong passwords until the address is locked out of signing in (the limit is one an hour). */
    private static void lockSignIns(WebWorld world) {
        Browser stranger = new Browser(world.server);
        HttpResponse<byte[]> answer = stranger.login("ana", "not her password");
        for (int tries = 0; tries < 3 && answer.statusCode() != 429; tries++) {
            answer = stranger.login("ana", "not her password");
        }
        assertThat(answer.statusCode()).as("sign-ins locked").isEqualTo(429);
    }

    private static void signInWithAWrongPassword(Chromium browser) {
        browser.byId("name").sendKeys("ana");
        browser.byId("password").sendKeys("not her password");
        browser.find(By.cssSelector("main form button[type=submit]")).click();
        browser.waitVisible(By.cssSelector("main .error[role=alert]"));
    }

    private static void signUpWithPasswordsThatDiffer(Chromium browser) {
        browser.byId("name").sendKeys("nora");
        browser.byId("password").sendKeys("a long first phrase");
        browser.byId("confirm").sendKeys("another long phrase");
        browser.find(By.cssSelector("main form button[type=submit]")).click();
        browser.waitVisible(By.id("signup-refused"));
    }

    private static void queue(Chromium browser, Path picture) {
        browser.choose("up-files", List.of(picture));
        browser.waitUntil(driver -> "ready".equals(driver.findElement(By.id("up-box")).getAttribute("data-state")));
    }

    private static void edit(Chromium browser, Path picture) {
        queue(browser, picture);
        browser.find(By.cssSelector(".up-thumb")).sendKeys(Keys.ENTER);
        browser.waitVisible(By.id("up-edit"));
    }

    private static void addUrls(Chromium browser) {
        browser.byId("up-add-urls").click();
        browser.waitVisible(By.id("up-urls-text"));
    }

    private static void send(Chromium browser, Path picture) {
        queue(browser, picture);
        browser.byId("up-start").click();
        browser.waitUntil(driver -> "results".equals(driver.findElement(By.id("up-box")).getAttribute("data-state")));
    }

    private static void createAKey(Chromium browser) {
        browser.byId("key-name").sendKeys("Laptop");
        browser.find(By.cssSelector("main form[action='/my/keys'] button[type=submit]")).click();
        browser.waitVisible(By.id("new-key"));
    }

    private static void signInWithAForgedToken(Chromium browser) {
        browser.script("document.querySelector('main form input[name=csrf]').value = 'forged';");
        submitSignIn(browser);
    }

    private static void signInWhileLocked(Chromium browser) {
        submitSignIn(browser);
    }

    private static void submitSignIn(Chromium browser) {
        browser.byId("name").sendKeys("ana");
        browser.byId("password").sendKeys(WebUsers.PASSWORD);
        browser.find(By.cssSelector("main form button[type=submit]")).click();
        browser.waitVisible(By.cssSelector(".error-page"));
    }

    List<Page> all() {
        return pages;
    }

    List<Page> few() {
        return pages.stream().filter(page -> FEW.contains(page.name())).toList();
    }

    /**
     * Shows the page in the browser as its person, with every image loaded, and checks it is the page asked for:
     * not a sign-in redirect, and an error page exactly when one is expected, with its status.
     */
    void show(Chromium browser, Page page) {
        signInAs(browser, page);
        browser.get(page.url());
        page.then().accept(browser);
        browser.script("document.querySelectorAll('img[loading=lazy]').forEach(img => img.loading = 'eager');");
        assertThat(Poll.within(LOAD, () -> Boolean.TRUE.equals(browser.script(
                "return [...document.images].every(img => img.complete);")))).as(page.name() + ": images loaded")
                .isTrue();
        boolean errorPage = !browser.driver.findElements(By.cssSelector(".error-page")).isEmpty();
        if (page.errorStatus() == 0) {
            assertThat(errorPage).as(page.name() + " is not an error page").isFalse();
            assertThat(URI.create(browser.currentUrl()).getPath()).as(page.name() + " shown, not redirected")
                    .isEqualTo(URI.create(page.url()).getPath());
        } else {
            assertThat(browser.find(By.cssSelector(".error-page .status")).getText()).as(page.name())
                    .contains(Integer.toString(page.errorStatus()));
        }
    }

    /** Puts the session cookie of the page's person in the browser, or none for a visitor. */
    private void signInAs(Chromium browser, Page page) {
        String host = URI.create(page.url()).resolve("/").toString();
        browser.driver.executeCdpCommand("Network.deleteCookies", Map.of("name", "vistazo_session", "url", host));
        Browser person = switch (page.who()) {
            case VISITOR -> null;
            case USER -> world.ana;
            case ADMIN -> world.root;
        };
        if (person != null) {
            browser.driver.executeCdpCommand("Network.setCookie", Map.of("name", "vistazo_session", "value",
                    person.cookie(), "url", host, "httpOnly", true));
        }
    }
}
