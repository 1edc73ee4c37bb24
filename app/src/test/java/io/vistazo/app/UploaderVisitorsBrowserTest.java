package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * The uploader on a server that takes guest uploads and small files: the checks made before anything is sent,
 * the guest's invitation to sign in, and the language switcher that remembers its choice.
 */
@Tag("browser")
class UploaderVisitorsBrowserTest {

    @TempDir
    static Path dataDir;
    @TempDir
    static Path files;

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(dataDir, HttpEngine.JETTY, "web-guest-uploads", "on", "max-upload-size", "300 KB");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static UploaderUi visitor(Chromium browser) {
        UploaderUi ui = new UploaderUi(browser, server.server.baseUrl());
        ui.open("/upload");
        return ui;
    }

    @Test
    void filesTheServerWouldRefuseAreNotQueuedAndTheReasonsAreListed() {
        try (Chromium browser = Chromium.open("en", 1280, 1000)) {
            UploaderUi ui = visitor(browser);

            ui.add(UploaderFiles.fixture(files, "small.tiff", "scan.tiff"), UploaderFiles.text(files, "notes.txt"),
                    UploaderFiles.picture(files, "big.png", new Color(200, 60, 60), new Color(40, 0, 0), 21),
                    UploaderFiles.fixture(files, "alpha.png", "small.png"));

            assertThat(ui.dialogLines("up-refused")).containsExactly(
                    "scan.tiff - Invalid or unsupported file format.",
                    "notes.txt - Invalid or unsupported file format.",
                    "big.png - File too big - max 300 KB");
            browser.screenshot("en-7-refused");
            ui.escape("up-refused");
            assertThat(ui.visibleText("up-queue-count")).isEqualTo("1 file ready");
            assertThat(browser.find(By.cssSelector(".up-name")).getText()).isEqualTo("small.png");
        }
    }

    @Test
    void guestsAreInvitedToSignInInTheLanguageTheyChose() {
        try (Chromium browser = Chromium.open("en", 1280, 1000)) {
            UploaderUi ui = visitor(browser);
            assertThat(ui.visibleText("up-drop-heading")).isEqualTo("Drag and drop or paste files here to upload");
            assertThat(browser.driver.findElements(By.id("up-add-urls"))).as("guests never upload by URL").isEmpty();

            browser.byId("lang-es").click();
            browser.waitUntil(driver -> "es".equals(driver.findElement(By.tagName("html")).getAttribute("lang")));
            ui.open("/upload");
            assertThat(ui.visibleText("up-drop-heading")).as("the choice is remembered")
                    .isEqualTo("Arrastra y suelta o pega archivos aquí para subirlos");
            ui.add(UploaderFiles.fixture(files, "photo.jpg", "nube.jpg"));
            ui.start();
            ui.waitForState("results");

            assertThat(ui.visibleText("up-guest-note"))
                    .isEqualTo("Debes crear una cuenta o entrar para guardar este contenido en tu cuenta.");
            assertThat(browser.find(By.cssSelector("#up-guest-note a")).getAttribute("href"))
                    .endsWith("/login?next=/upload");
            assertThat(browser.byId("up-album-note").isDisplayed()).isFalse();
            browser.screenshot("es-7-guest");

            browser.byId("lang-en").click();
            browser.waitUntil(driver -> "en".equals(driver.findElement(By.tagName("html")).getAttribute("lang")));
            assertThat(ui.visibleText("up-drop-heading")).isEqualTo("Drag and drop or paste files here to upload");
        }
    }
}
