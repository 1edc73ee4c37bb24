package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * An admin walks the administration as a person would: signs in, opens Admin from the header, adds a user, makes
 * them an admin, adds a category and sees the uploads chart; no page logs a console error or breaks its CSP.
 */
@Tag("browser")
class AdminBrowserTest {

    @TempDir
    static Path dataDir;

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(dataDir, HttpEngine.JETTY);
        WebWorld world = new WebWorld(server);
        world.upload(world.anaKey, "alpha.png");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String url(String path) {
        return server.server.baseUrl() + path;
    }

    @Test
    void anAdminAddsAUserChangesARoleAddsACategoryAndSeesTheChart() {
        try (Chromium browser = Chromium.open("en", 1280, 900)) {
            browser.recordPolicyViolations();
            browser.get(url("/login"));
            browser.byId("name").sendKeys("root");
            browser.byId("password").sendKeys(WebUsers.PASSWORD);
            browser.find(By.cssSelector("main form button[type=submit]")).click();
            browser.waitUntil(driver -> !driver.getCurrentUrl().contains("/login"));

            browser.find(By.cssSelector(".site-nav a[href='/admin']")).click();
            browser.waitUntil(driver -> driver.getTitle().startsWith("Dashboard"));
            assertThat(browser.driver.findElements(By.cssSelector("#uploads-chart rect.bar"))).hasSize(30);
            assertThat(browser.find(By.cssSelector("#uploads-chart")).getSize().getHeight()).isPositive();
            assertThat(browser.problems()).as("dashboard").isEmpty();
            browser.screenshot("admin-dashboard-en");

            browser.find(By.cssSelector(".admin-nav a[href='/admin/users']")).click();
            browser.waitUntil(driver -> driver.getTitle().startsWith("Users"));
            browser.byId("new-user-name").sendKeys("carla");
            browser.byId("new-user-password").sendKeys("carla's long password");
            browser.byId("new-user-password").submit();
            browser.waitUntil(driver -> driver.getPageSource().contains("<td>carla</td>"));
            By carlasRole = By.cssSelector("select[aria-label='Role of carla']");
            new Select(browser.find(carlasRole)).selectByValue("admin");
            browser.find(carlasRole).submit();
            browser.waitUntil(driver -> new Select(driver.findElement(carlasRole)).getFirstSelectedOption()
                    .getAttribute("value").equals("admin"));
            assertThat(browser.problems()).as("users").isEmpty();
            browser.screenshot("admin-users-en");

            browser.find(By.cssSelector(".admin-nav a[href='/admin/categories']")).click();
            browser.waitUntil(driver -> driver.getTitle().startsWith("Categories"));
            browser.byId("new-category-name").sendKeys("Landscapes");
            browser.byId("new-category-key").sendKeys("landscapes");
            browser.byId("new-category-key").submit();
            browser.waitUntil(driver -> !driver.findElements(By.cssSelector("a[href='/category/landscapes']"))
                    .isEmpty());
            assertThat(browser.problems()).as("categories").isEmpty();
            browser.screenshot("admin-categories-en");
        }
    }
}
