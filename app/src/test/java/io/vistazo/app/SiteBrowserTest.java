package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * A visitor walks the site as a person would: home, Explore, a viewer, then Spanish from the switcher; on a
 * phone in dark mode too. No page logs a console error or breaks its Content-Security-Policy.
 */
@Tag("browser")
class SiteBrowserTest {

    @TempDir
    static Path dataDir;

    private static TestServer server;
    private static WebWorld world;

    @BeforeAll
    static void start() {
        server = TestServer.start(dataDir, HttpEngine.JETTY);
        world = new WebWorld(server);
        world.upload(world.anaKey, "alpha.png", "title", "Harbour at dawn");
        world.upload(world.bobKey, "alpha.png", "title", "Night market", "nsfw", "1");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String url(String path) {
        return server.server.baseUrl() + path;
    }

    private static String htmlLang(WebDriver driver) {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    @Test
    void homeThenExploreThenAViewerThenSpanish() {
        try (Chromium browser = Chromium.open("en", 1280, 900)) {
            browser.recordPolicyViolations();
            browser.get(url("/"));
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Vistazo");
            assertThat(browser.byId("cta-sign-in").getText()).isEqualTo("Sign in to upload");
            assertThat(browser.problems()).as("home").isEmpty();
            browser.screenshot("site-home-en");

            browser.find(By.cssSelector(".site-nav a[href='/explore']")).click();
            browser.waitUntil(driver -> driver.getTitle().equals("Explore - Vistazo"));
            assertThat(browser.driver.findElements(By.cssSelector("ul.grid img"))).hasSize(2);
            assertThat(browser.driver.findElements(By.cssSelector("ul.grid img.nsfw"))).hasSize(1);
            assertThat(browser.problems()).as("explore").isEmpty();
            browser.screenshot("site-explore-en");

            browser.find(By.cssSelector("ul.grid img[alt='Harbour at dawn']")).click();
            browser.waitUntil(driver -> driver.getCurrentUrl().contains("/image/"));
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Harbour at dawn");
            assertThat(browser.problems()).as("viewer").isEmpty();

            browser.byId("lang-es").click();
            browser.waitUntil(driver -> htmlLang(driver).equals("es"));
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Harbour at dawn");
            assertThat(browser.find(By.cssSelector("section.codes h2")).getText())
                    .isEqualTo("Enlaces y códigos para insertar");
            assertThat(browser.problems()).as("viewer in Spanish").isEmpty();
            browser.screenshot("site-viewer-es");

            browser.find(By.cssSelector("a.brand")).click();
            browser.waitUntil(driver -> driver.getTitle().equals("Inicio - Vistazo"));
            assertThat(browser.byId("cta-sign-in").getText()).as("the choice is remembered")
                    .isEqualTo("Inicia sesión para subir");
            assertThat(browser.problems()).as("home in Spanish").isEmpty();
            browser.screenshot("site-home-es");
        }
    }

    @Test
    void onAPhoneInDarkModeThePageFitsAndIsDark() {
        try (Chromium browser = Chromium.open("es", 390, 844)) {
            browser.recordPolicyViolations();
            browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                    List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
            browser.get(url("/explore"));

            assertThat(htmlLang(browser.driver)).isEqualTo("es");
            assertThat(browser.script("return getComputedStyle(document.body).backgroundColor"))
                    .isEqualTo("rgb(13, 17, 23)");
            assertThat((Long) browser.script("return document.documentElement.scrollWidth"))
                    .as("no sideways scrolling").isLessThanOrEqualTo((Long) browser.script("return innerWidth"));
            assertThat(browser.problems()).isEmpty();
            browser.screenshot("site-explore-es-phone-dark");

            browser.script("const style = document.createElement('style');"
                    + "style.textContent = 'body { color: red }'; document.head.appendChild(style);");
            assertThat(browser.problems()).as("the check sees a violation").anyMatch(problem -> problem.startsWith(
                    "CSP: style-src"));
        }
    }
}
