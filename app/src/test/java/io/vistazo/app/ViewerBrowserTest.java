package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vistazo.media.testing.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A visitor on a viewer page: the picture fits the window, the copy buttons copy, Download saves the file under
 * its uploaded name, and the album's previous and next links walk the album. No console error, no CSP violation.
 */
@Tag("browser")
class ViewerBrowserTest {

    @TempDir
    static Path dataDir;
    @TempDir
    static Path downloads;

    private static TestServer server;
    private static JsonNode first;
    private static JsonNode second;
    private static JsonNode third;

    @BeforeAll
    static void start() {
        server = TestServer.start(dataDir, HttpEngine.JETTY);
        WebWorld world = new WebWorld(server);
        String album = WebWorld.album(world.ana, "Harbour walk", "public");
        first = world.upload(world.anaKey, "photo.jpg", "album_id", album, "title", "Pier");
        second = world.upload(world.anaKey, "photo.jpg", "album_id", album, "title", "Boats");
        third = world.upload(world.anaKey, "alpha.png", "album_id", album, "title", "Lighthouse");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String url(JsonNode media) {
        return server.server.baseUrl() + media.path("path_viewer").asText();
    }

    @Test
    void thePictureFitsANarrowWindow() {
        try (Chromium browser = Chromium.open("en", 520, 800)) {
            browser.recordPolicyViolations();
            browser.get(url(second));
            WebElement picture = browser.waitVisible(By.cssSelector("img.fitted"));
            Object fits = browser.script("var r = arguments[0].getBoundingClientRect();"
                    + "return r.width > 0 && r.right <= document.documentElement.clientWidth"
                    + " && r.height <= window.innerHeight;", picture);
            assertThat(fits).isEqualTo(true);
            assertThat(browser.byId("viewer-original").getAttribute("href")).isEqualTo(second.path("url").asText());
            assertThat(browser.problems()).isEmpty();
            browser.screenshot("viewer-narrow-en");
        }
    }

    @Test
    void copyButtonsCopyTheirCode() {
        try (Chromium browser = Chromium.open("en", 1280, 900)) {
            browser.recordPolicyViolations();
            browser.get(url(second));
            WebElement button = browser.waitVisible(By.cssSelector("button.copy[data-copy='code-full-markdown']"));
            assertThat(button.getText()).isEqualTo("Copy");

            button.click();

            browser.waitUntil(driver -> "copied".equals(button.getAttribute("data-state")));
            assertThat(button.getText()).isEqualTo("Copied");
            Object selected = browser.script("var f = document.getElementById('code-full-markdown');"
                    + "return document.activeElement === f && f.selectionStart === 0"
                    + " && f.selectionEnd === f.value.length;");
            assertThat(selected).isEqualTo(true);
            assertThat(browser.driver.findElements(By.cssSelector("button.copy[hidden]"))).isEmpty();
            assertThat(browser.problems()).isEmpty();
        }
    }

    @Test
    void downloadSavesTheFileUnderItsUploadedName() throws IOException {
        try (Chromium browser = Chromium.open("en", 1280, 900)) {
            browser.driver.executeCdpCommand("Page.setDownloadBehavior", Map.of("behavior", "allow",
                    "downloadPath", downloads.toString()));
            browser.get(url(first));

            browser.byId("viewer-download").click();

            Path saved = downloads.resolve("photo.jpg");
            assertThat(Poll.within(Duration.ofSeconds(30), () -> Files.isRegularFile(saved)
                    && sizeOf(saved) == Fixtures.bytes("photo.jpg").length)).as("saved " + saved).isTrue();
            assertThat(Files.readAllBytes(saved)).isEqualTo(Fixtures.bytes("photo.jpg"));
            assertThat(browser.driver.getCurrentUrl()).as("the page stays").isEqualTo(url(first));
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void previousAndNextWalkTheAlbum() {
        try (Chromium browser = Chromium.open("es", 1280, 900)) {
            browser.recordPolicyViolations();
            browser.get(url(third));
            assertThat(browser.driver.findElements(By.id("viewer-newer"))).as("the newest has no previous").isEmpty();

            browser.byId("viewer-older").click();
            browser.waitUntil(driver -> driver.getCurrentUrl().equals(url(second)));
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Boats");
            browser.byId("viewer-older").click();
            browser.waitUntil(driver -> driver.getCurrentUrl().equals(url(first)));
            assertThat(browser.driver.findElements(By.id("viewer-older"))).as("the oldest has no next").isEmpty();
            assertThat(browser.find(By.cssSelector("button.copy")).getText()).isEqualTo("Copiar");

            browser.byId("viewer-newer").click();
            browser.waitUntil(driver -> driver.getCurrentUrl().equals(url(second)));
            assertThat(browser.problems()).isEmpty();
            browser.screenshot("viewer-album-es");
        }
    }
}
