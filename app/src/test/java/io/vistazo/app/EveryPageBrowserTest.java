package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every page of the site ({@link SitePages}), in English and in Spanish, in light and in dark mode, as the person
 * each page is for: axe-core finds no serious or critical accessibility violation on any of them, and each is saved
 * as a whole-page screenshot under target/screenshots/pages/ (a few also on a phone, where none scrolls sideways);
 * none logs a console error or a policy violation; in Spanish, none shows a text of the English bundle.
 */
@Tag("browser")
class EveryPageBrowserTest {

    private static final int DESKTOP = 1280;
    private static final int PHONE = 390;

    @TempDir
    static Path dataDir;
    @TempDir
    static Path openDataDir;
    @TempDir
    static Path pictures;

    private static TestServer server;
    private static TestServer openServer;
    private static SitePages site;

    @BeforeAll
    static void start() {
        server = TestServer.start(dataDir, HttpEngine.JETTY, "signup", "invite", "login-failures-per-hour", "1");
        openServer = TestServer.start(openDataDir, HttpEngine.JETTY, "signup", "open");
        site = SitePages.on(server, openServer, pictures);
    }

    @AfterAll
    static void stop() {
        server.close();
        openServer.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void everyPageIsAccessibleAndPictured(String language) {
        List<String> violations = new ArrayList<>();
        try (Chromium browser = Chromium.open(language, DESKTOP, 900)) {
            browser.recordPolicyViolations();
            for (SitePages.Page page : site.all()) {
                violations.addAll(visit(browser, page, page.name() + "-" + language, DESKTOP));
                problems(browser).forEach(problem -> violations.add(page.name() + ": " + problem));
                if (language.equals("es")) {
                    englishLeft(browser).forEach(text -> violations.add(page.name() + ": English left: " + text));
                }
            }
        }
        assertThat(violations).as("axe violations, console errors, CSP violations, English on Spanish pages").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void everyPageIsAccessibleInDarkModeToo(String language) {
        List<String> violations = new ArrayList<>();
        try (Chromium browser = Chromium.open(language, DESKTOP, 900)) {
            PageShots.darkMode(browser);
            for (SitePages.Page page : site.all()) {
                violations.addAll(visit(browser, page, page.name() + "-" + language + "-dark", DESKTOP));
            }
        }
        assertThat(violations).as("serious and critical axe violations").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void aFewPagesFitAPhoneInLightAndDarkMode(String language) {
        List<String> violations = new ArrayList<>();
        try (Chromium browser = Chromium.open(language, PHONE, 844)) {
            PageShots.phone(browser, PHONE, 844);
            for (SitePages.Page page : site.few()) {
                violations.addAll(visit(browser, page, page.name() + "-" + language + "-phone", PHONE));
            }
            PageShots.darkMode(browser);
            for (SitePages.Page page : site.few()) {
                violations.addAll(visit(browser, page, page.name() + "-" + language + "-phone-dark", PHONE));
            }
        }
        assertThat(violations).as("serious and critical axe violations").isEmpty();
    }

    @Test
    void theCheckSeesAnImageWithoutTextAndFaintText() {
        try (Chromium browser = Chromium.open("en", DESKTOP, 900)) {
            site.show(browser, site.all().get(0));
            browser.script("const main = document.querySelector('main');"
                    + "const picture = document.createElement('img'); picture.src = '/no-such.png';"
                    + "const faint = document.createElement('p'); faint.textContent = 'Hard to read';"
                    + "faint.style.color = '#c8c8c8'; main.append(picture, faint);");

            assertThat(Axe.seriousViolations(browser, "home-spoiled"))
                    .anyMatch(violation -> violation.startsWith("home-spoiled: image-alt (critical)"))
                    .anyMatch(violation -> violation.startsWith("home-spoiled: color-contrast (serious)"));
        }
    }

    /**
     * The console errors and policy violations since the last page. The status of the page itself (a refused
     * sign-in's 401, an error page's 404), which the browser logs as a failed load, is what the page is for; a
     * failed load of anything it uses is a problem.
     */
    private static List<String> problems(Chromium browser) {
        String document = browser.currentUrl().replaceAll("[?#].*$", "");
        String ownStatus = "console: " + document + " - Failed to load resource";
        return browser.problems().stream().filter(problem -> !problem.startsWith(ownStatus)).toList();
    }

    /** The English bundle's texts in what the browser shows now, scripts' work included. */
    private static List<String> englishLeft(Chromium browser) {
        return SpanishPages.englishIn((String) browser.script("return document.documentElement.outerHTML;"));
    }

    /** Shows the page, saves and checks its screenshot, and returns what axe finds. */
    private static List<String> visit(Chromium browser, SitePages.Page page, String name, int width) {
        site.show(browser, page);
        PageShots.check(PageShots.save(browser, name), width);
        return Axe.seriousViolations(browser, name);
    }
}
