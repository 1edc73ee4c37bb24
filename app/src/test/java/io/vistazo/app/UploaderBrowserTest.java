package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vistazo.media.testing.Fixtures;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The web uploader in a real browser, in English: three files sent two at a time with one refused by the server,
 * progress to 100%, the mixed result and its error report, and links that open what was uploaded.
 */
@Tag("browser")
class UploaderBrowserTest {

    private static final Pattern UPLOADING = Pattern.compile("Uploading 3 files \\((\\d+)% complete\\)");

    @TempDir
    static Path dataDir;
    @TempDir
    static Path files;

    private static TestServer server;
    private static Chromium browser;
    private static UploaderUi ui;

    @BeforeAll
    static void start() {
        // Loopback may be fetched here, so a URL upload can fetch a file this server already hosts.
        server = TestServer.start(dataDir, HttpEngine.JETTY, "upload-threads", "2", "url-upload-allow",
                "127.0.0.1/32");
        WebUsers.add(dataDir, "ana", "user");
        browser = Chromium.open("en", 1280, 1000);
        ui = new UploaderUi(browser, server.server.baseUrl());
        ui.signIn("ana");
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        server.close();
    }

    @Test
    void threeFilesOneRefusedByTheServerGiveTheMixedResultAndAnErrorReport() {
        Path sunset = UploaderFiles.picture(files, "sunset.png", new Color(242, 112, 62), new Color(90, 40, 120), 1);
        Path forest = UploaderFiles.picture(files, "forest.png", new Color(60, 150, 90), new Color(20, 60, 40), 2);
        Path broken = UploaderFiles.garbage(files, "broken.png");
        ui.open("/upload");

        ui.add(sunset, forest, broken);

        assertThat(ui.visibleText("up-customize")).isEqualTo("Customize upload by clicking on any preview");
        assertThat(ui.visibleText("up-queue-count")).isEqualTo("3 files ready");
        browser.screenshot("en-1-queue");

        List<Integer> seen = sendWatchingProgress();

        assertThat(seen).as("percentages shown while sending").isNotEmpty().isSorted();
        assertThat(ui.progress()).isEqualTo(100);
        assertThat(ui.progressHeading()).isEqualTo("Uploading 3 files (100% complete)");
        assertThat(ui.visibleText("up-result-success")).contains("Upload complete")
                .contains("Uploaded content added to your media. You can create new album with the content just "
                        + "uploaded.")
                .contains("Note: Some files couldn't be uploaded. learn more");
        assertThat(browser.byId("up-result-error").isDisplayed()).isFalse();
        browser.screenshot("en-3-mixed");

        browser.find(By.cssSelector("#up-mixed-note button")).click();
        assertThat(ui.dialogLines("up-report")).containsExactly("broken.png - " + serverRefusal(broken));
        browser.screenshot("en-4-error-report");
        ui.escape("up-report");
    }

    @Test
    void theLinksShownOpenTheUploadedFiles() {
        Path lake = UploaderFiles.picture(files, "lake.png", new Color(80, 160, 220), new Color(20, 50, 110), 3);
        Path dunes = UploaderFiles.picture(files, "dunes.png", new Color(240, 200, 120), new Color(160, 90, 40), 4);
        Path clip = UploaderFiles.fixture(files, "video/h264-wide.mp4", "clip.mp4");
        ui.open("/upload");
        ui.add(lake, dunes, clip);
        browser.waitUntil(driver -> (Boolean) browser.script(
                "const v = document.querySelector('.up-thumb video'); return v !== null && v.readyState >= 2;"));
        browser.screenshot("en-9-video-queue");

        ui.start();
        ui.waitForState("results");

        List<String> direct = ui.codes("direct");
        assertThat(direct).hasSize(3);
        assertThat(server.get(direct.get(2)).body()).isEqualTo(UploaderFiles.bytes(clip));
        assertThat(ui.codes("markdown_full").get(2)).as("videos are embedded by their frame").contains(".fr.jpeg");
        assertThat(server.get(direct.get(0)).body()).isEqualTo(UploaderFiles.bytes(lake));
        assertThat(server.get(direct.get(1)).body()).isEqualTo(UploaderFiles.bytes(dunes));
        List<String> viewers = ui.codes("viewer");
        assertThat(Browser.text(server.get(viewers.get(0)))).contains("<h1>lake</h1>");
        assertThat(ui.codes("markdown_full").get(1)).isEqualTo("[![dunes](" + direct.get(1) + ")](" + viewers.get(1)
                + ")");
        assertThat(ui.codes("bbcode_thumb").get(0)).matches("\\[url=" + Pattern.quote(viewers.get(0))
                + "]\\[img].+\\.th\\.png\\[/img]\\[/url]");
        assertThat(ui.codes("html_medium").get(0)).startsWith("<a href=\"" + viewers.get(0) + "\"><img src=\"")
                .contains(".md.png").endsWith("alt=\"lake\"></a>");
        browser.find(By.cssSelector("#up-uploaded a")).click();
        browser.waitUntil(driver -> driver.getCurrentUrl().equals(viewers.get(0)));
    }

    @Test
    void eachFileCanBeEditedWithTheKeyboardAndIsSentWithItsOwnOptions() throws Exception {
        Path coast = UploaderFiles.picture(files, "coast.png", new Color(40, 120, 200), new Color(230, 210, 160), 5);
        ui.open("/upload");
        ui.add(coast);

        browser.find(By.cssSelector(".up-thumb")).sendKeys(Keys.ENTER);
        browser.waitVisible(By.id("up-edit"));
        assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("up-edit-title");
        assertThat(browser.byId("up-edit-width").getAttribute("max")).isEqualTo("640");
        browser.byId("up-edit-tags").sendKeys("sea, sky");
        browser.byId("up-edit-width").sendKeys("200");
        browser.byId("up-edit-description").sendKeys("Seen from the cliff");
        browser.byId("up-edit-title").sendKeys("Evening coast");
        browser.screenshot("en-5-edit");
        browser.byId("up-edit-title").sendKeys(Keys.ENTER);
        browser.waitUntil(driver -> !driver.findElement(By.id("up-edit")).isDisplayed());
        assertThat(browser.find(By.cssSelector(".up-name")).getText()).isEqualTo("Evening coast");

        ui.start();
        ui.waitForState("results");

        String viewer = Browser.text(server.get(ui.codes("viewer").get(0)));
        assertThat(viewer).contains("<h1>Evening coast</h1>").contains("Seen from the cliff");
        BufferedImage stored = ImageIO.read(new ByteArrayInputStream(server.get(ui.codes("direct").get(0)).body()));
        assertThat(stored.getWidth()).isEqualTo(200);
    }

    @Test
    void signedInPeopleCreateAnAlbumFromTheUploadOrMoveItToOne() {
        WebUsers.add(dataDir, "bea", "user");
        try (Chromium own = Chromium.open("en", 1280, 1000)) {
            UploaderUi bea = new UploaderUi(own, server.server.baseUrl());
            bea.signIn("bea");
            bea.add(UploaderFiles.picture(files, "cliffs.png", new Color(90, 90, 160), new Color(30, 30, 60), 6));
            bea.start();
            bea.waitForState("results");

            own.find(By.cssSelector("#up-album-note button")).click();
            own.waitVisible(By.id("up-album-name")).sendKeys("Holidays");
            own.screenshot("en-6-create-album");
            own.byId("up-album-name").sendKeys(Keys.ENTER);

            own.waitUntil(driver -> bea.visibleText("up-album-note").equals("Uploaded content added to Holidays."));
            own.find(By.cssSelector("#up-album-note a")).click();
            own.waitUntil(driver -> driver.getCurrentUrl().contains("/album/"));
            assertThat(own.find(By.cssSelector("p.meta")).getText()).startsWith("1 item");

            bea.open("/upload");
            bea.add(UploaderFiles.picture(files, "harbour.png", new Color(20, 90, 140), new Color(10, 30, 50), 7));
            bea.start();
            bea.waitForState("results");
            assertThat(bea.visibleText("up-album-note")).isEqualTo("Uploaded content added to your media. You can "
                    + "create new album with the content just uploaded or move it to an existing album.");
            own.find(By.xpath("//p[@id='up-album-note']/button[text()='move it to an existing album']")).click();
            new Select(own.waitVisible(By.id("up-album-target"))).selectByVisibleText("Holidays");
            own.find(By.cssSelector("#up-album-move-form button[type=submit]")).click();

            own.waitUntil(driver -> bea.visibleText("up-album-note").equals("Uploaded content added to Holidays."));
            own.find(By.cssSelector("#up-album-note a")).click();
            own.waitUntil(driver -> driver.getCurrentUrl().contains("/album/"));
            assertThat(own.find(By.cssSelector("p.meta")).getText()).startsWith("2 items");
        }
    }

    @Test
    void filesAlsoComeFromUrlsDropsAndPastes() {
        String hosted = server.upload("hosted.jpg", Fixtures.bytes("photo.jpg")).path("image").path("url").asText();
        ui.open("/upload");

        browser.byId("up-add-urls").click();
        browser.waitVisible(By.id("up-urls-text")).sendKeys("[img]" + hosted + "[/img] and again <" + hosted + ">");
        browser.screenshot("en-8-urls");
        browser.find(By.cssSelector("#up-urls-form button[type=submit]")).click();
        String png = Base64.getEncoder().encodeToString(Fixtures.bytes("alpha.png"));
        browser.script(DROP_AND_PASTE, png);

        browser.waitUntil(driver -> driver.findElements(By.cssSelector(".up-name")).size() == 3);
        assertThat(browser.driver.findElements(By.cssSelector(".up-name"))).extracting(WebElement::getText)
                .containsExactlyInAnyOrder("hosted.jpg", "dropped.png", "pasted.png");
        ui.start();
        ui.waitForState("results");
        assertThat(browser.byId("up-mixed-note").isDisplayed()).isFalse();
        List<String> stored = ui.codes("direct").stream()
                .map(url -> Base64.getEncoder().encodeToString(server.get(url).body())).toList();
        assertThat(stored).containsExactlyInAnyOrder(
                Base64.getEncoder().encodeToString(Fixtures.bytes("photo.jpg")), png, png);
    }

    @Test
    void theQueueCanBeTrimmedCancelledAndReset() {
        // Throttled before the page loads: Chromium applies network conditions asynchronously, and an upload sent
        // right after setting them once went through at full speed and was stored before the cancel.
        browser.throttleUploads(20);
        try {
            ui.open("/upload");
            ui.add(UploaderFiles.picture(files, "one.png", Color.RED, Color.BLACK, 31),
                    UploaderFiles.picture(files, "two.png", Color.GREEN, Color.BLACK, 32),
                    UploaderFiles.picture(files, "three.png", Color.BLUE, Color.BLACK, 33));

            browser.find(By.cssSelector("button[aria-label='Remove two.png from the queue']")).click();
            assertThat(ui.visibleText("up-queue-count")).isEqualTo("2 files ready");

            ui.start();
            ui.waitForState("sending");
            browser.waitVisible(By.id("up-cancel")).click();
            ui.waitForState("ready");
        } finally {
            browser.unthrottle();
        }
        assertThat(ui.visibleText("up-queue-count")).as("nothing was sent, so the queue is back")
                .isEqualTo("2 files ready");
        assertThat(server.storedFiles()).noneMatch(file -> file.contains("one") || file.contains("three"));

        browser.byId("up-reset").click();
        ui.waitForState("empty");
        assertThat(ui.visibleText("up-drop-heading")).isEqualTo("Drag and drop or paste files here to upload");
    }

    /** A file dropped on the page and one pasted, as the browser's own events deliver them. */
    private static final String DROP_AND_PASTE = String.join("\n",
            "const bytes = Uint8Array.from(atob(arguments[0]), c => c.charCodeAt(0));",
            "const dropped = new DataTransfer();",
            "dropped.items.add(new File([bytes], 'dropped.png', {type: 'image/png'}));",
            "document.getElementById('up-box').dispatchEvent(new DragEvent('drop',",
            "    {dataTransfer: dropped, bubbles: true, cancelable: true}));",
            "const pasted = new DataTransfer();",
            "pasted.items.add(new File([bytes], 'pasted.png', {type: 'image/png', lastModified: 1}));",
            "document.body.dispatchEvent(new ClipboardEvent('paste',",
            "    {clipboardData: pasted, bubbles: true, cancelable: true}));");

    /** Starts sending with uploads slowed down, screenshots the sending state and collects the percentages. */
    private List<Integer> sendWatchingProgress() {
        browser.throttleUploads(400);
        try {
            ui.start();
            browser.waitUntil(driver -> UPLOADING.matcher(ui.visibleText("up-progress-heading")).matches());
            assertThat(ui.visibleText("up-sending")).contains(
                    "The queue is being uploaded, it should take just a few seconds to complete.");
            browser.screenshot("en-2-uploading");
            browser.screenshotDownTo("readme-uploader", "up-box", 0.7);
            List<Integer> seen = new ArrayList<>();
            browser.waitUntil(driver -> {
                Matcher matcher = UPLOADING.matcher(ui.progressHeading());
                if (matcher.matches()) {
                    int percent = Integer.parseInt(matcher.group(1));
                    if (seen.isEmpty() || seen.get(seen.size() - 1) != percent) {
                        seen.add(percent);
                    }
                }
                return "results".equals(ui.state());
            });
            return seen;
        } finally {
            browser.unthrottle();
        }
    }

    /** What the API answers for the same bytes: the page must show the server's own message. */
    private static String serverRefusal(Path file) {
        JsonNode answer = server.upload(file.getFileName().toString(), UploaderFiles.bytes(file));
        assertThat(answer.path("status_code").asInt()).isEqualTo(400);
        return answer.path("error").path("message").asText();
    }
}
