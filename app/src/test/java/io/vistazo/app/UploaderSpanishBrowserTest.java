package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * The uploader in Spanish, as a browser set to Spanish gets it: the widget's strings, verbatim, at the moments it
 * shows them (queue ready, sending, complete, mixed and failed), on a desktop and on a touch screen.
 */
@Tag("browser")
class UploaderSpanishBrowserTest {

    private static final Pattern SUBIENDO = Pattern.compile("Subiendo 2 archivos \\(\\d+% completado\\)");

    @TempDir
    static Path dataDir;
    @TempDir
    static Path files;

    private static TestServer server;
    private static Chromium browser;
    private static UploaderUi ui;

    @BeforeAll
    static void start() {
        server = TestServer.start(dataDir, HttpEngine.JETTY);
        WebUsers.add(dataDir, "lucia", "user");
        browser = Chromium.open("es", 1280, 1000);
        ui = new UploaderUi(browser, server.server.baseUrl());
        ui.signIn("lucia");
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        server.close();
    }

    @Test
    void everyStateSpeaksSpanish() {
        ui.open("/upload");
        assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
        assertThat(ui.visibleText("up-drop-heading")).isEqualTo("Arrastra y suelta o pega archivos aquí para subirlos");
        browser.screenshot("es-0-empty");

        ui.add(UploaderFiles.picture(files, "playa.png", new Color(250, 190, 90), new Color(40, 120, 190), 11),
                UploaderFiles.garbage(files, "roto.png"));
        assertThat(ui.visibleText("up-customize")).isEqualTo(
                "Personaliza la subida al hacer click en cualquier vista previa");
        browser.screenshot("es-1-queue");

        browser.throttleUploads(300);
        try {
            ui.start();
            browser.waitUntil(driver -> SUBIENDO.matcher(ui.visibleText("up-progress-heading")).matches());
            assertThat(ui.visibleText("up-sending")).contains(
                    "Subida en curso, debería tomar solo un momento para completar el proceso.");
            browser.screenshot("es-2-uploading");
            ui.waitForState("results");
        } finally {
            browser.unthrottle();
        }

        assertThat(ui.progressHeading()).isEqualTo("Subiendo 2 archivos (100% completado)");
        assertThat(ui.visibleText("up-result-success")).contains("Subida completada")
                .contains("Contenido subido agregado a tus archivos. Puedes crear nuevo álbum con el contenido "
                        + "recién subido.")
                .contains("Nota: Algunos archivos no se pudieron subir. conocer más");
        browser.screenshot("es-3-mixed");
        browser.find(By.xpath("//button[text()='conocer más']")).click();
        assertThat(ui.dialogLines("up-report")).singleElement().asString().startsWith("roto.png - ");
        ui.escape("up-report");

        browser.byId("up-again").click();
        ui.add(UploaderFiles.garbage(files, "vacio.png"));
        ui.start();
        ui.waitForState("results");

        assertThat(ui.visibleText("up-result-error")).isEqualTo("No se han subido archivo\n"
                + "Se han producido algunos errores y el sistema no pudo procesar tu solicitud.\n"
                + "Revisa el reporte de error para más información.");
        assertThat(browser.byId("up-result-success").isDisplayed()).isFalse();
        browser.screenshot("es-4-error");
        browser.find(By.xpath("//button[text()='reporte de error']")).click();
        assertThat(ui.dialogLines("up-report")).singleElement().asString().startsWith("vacio.png - ");
    }

    @Test
    void onATouchScreenTheHintSaysTouch() {
        browser.driver.executeCdpCommand("Emulation.setTouchEmulationEnabled",
                Map.of("enabled", true, "maxTouchPoints", 5));
        browser.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 390, "height", 844,
                "deviceScaleFactor", 1, "mobile", true));
        try {
            ui.open("/upload");
            assertThat(ui.visibleText("up-drop-heading")).isEqualTo("Selecciona los archivos a subir");
            assertThat(ui.visibleText("up-camera")).isEqualTo("Usar la cámara");
            browser.screenshot("es-5-phone-empty");
            ui.add(UploaderFiles.picture(files, "monte.png", new Color(120, 170, 230), new Color(60, 110, 60), 12),
                    UploaderFiles.picture(files, "rio.png", new Color(70, 130, 200), new Color(30, 80, 60), 13));

            assertThat(ui.visibleText("up-customize")).isEqualTo(
                    "Personaliza la subida al tocar en cualquier vista previa");
            browser.screenshot("es-6-phone-queue");
        } finally {
            browser.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            browser.driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", false));
        }
    }
}
