package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.vistazo.core.files.Folders;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import javax.imageio.ImageIO;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless {@code chromium} driven through Debian's {@code chromedriver} ({@code .ci/run} installs
 * both). Both paths are given, so Selenium Manager never runs and nothing is downloaded; the machine has no
 * network, so Chromium's own background traffic is switched off too. Each browser has a fresh profile.
 */
final class Chromium implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("vistazo.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("vistazo.chromedriver", "/usr/bin/chromedriver"));
    /** Under the app module's target/, for people to review. */
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(30);

    final ChromeDriver driver;
    private final ChromeDriverService service;
    private final Path profile;

    private Chromium(ChromeDriver driver, ChromeDriverService service, Path profile) {
        this.driver = driver;
        this.service = service;
        this.profile = profile;
    }

    /**
     * @param language the browser's language, which it sends as {@code Accept-Language}
     */
    static Chromium open(String language, int width, int height) {
        assertThat(CHROMIUM).as("Chromium (apt-get install chromium chromium-driver)").isExecutable();
        assertThat(CHROMEDRIVER).as("chromedriver (apt-get install chromium-driver)").isExecutable();
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        Path profile = temporaryProfile();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--disable-default-apps", "--hide-scrollbars",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height, "--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        // The console (where Chromium also reports Content-Security-Policy violations), for problems().
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        return new Chromium(new ChromeDriver(service, options), service, profile);
    }

    private static Path temporaryProfile() {
        try {
            return Files.createTempDirectory("vistazo-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void get(String url) {
        driver.get(url);
    }

    /** Lets the page download files, into the folder. */
    void downloadTo(Path folder) {
        driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath",
                folder.toAbsolutePath().toString()));
    }

    String currentUrl() {
        return driver.getCurrentUrl();
    }

    WebElement find(By by) {
        return driver.findElement(by);
    }

    WebElement byId(String id) {
        return driver.findElement(By.id(id));
    }

    /** Waits (up to 30 s) until the condition gives something other than null or false. */
    <T> T waitUntil(Function<WebDriver, T> condition) {
        WebDriverWait wait = new WebDriverWait(driver, WAIT, Duration.ofMillis(50));
        wait.withMessage(() -> "the page at " + driver.getCurrentUrl() + " shows: "
                + driver.findElement(By.tagName("body")).getText());
        return wait.until(condition);
    }

    WebElement waitVisible(By by) {
        return waitUntil(driver -> {
            List<WebElement> found = driver.findElements(by);
            return !found.isEmpty() && found.get(0).isDisplayed() ? found.get(0) : null;
        });
    }

    /** The visible text of the element (empty when hidden). */
    String text(String id) {
        return byId(id).getText();
    }

    Object script(String code, Object... args) {
        return driver.executeScript(code, args);
    }

    /** Chooses files in a file input, as the picker would. */
    void choose(String inputId, List<Path> files) {
        byId(inputId).sendKeys(String.join("\n", files.stream().map(path -> path.toAbsolutePath().toString())
                .toList()));
    }

    /** Slows the browser's uploads down to about {@code kilobytesPerSecond}, so the sending state can be seen. */
    void throttleUploads(int kilobytesPerSecond) {
        ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
        conditions.setLatency(Duration.ofMillis(5));
        conditions.setUploadThroughput(kilobytesPerSecond * 1024);
        conditions.setDownloadThroughput(50_000 * 1024);
        driver.setNetworkConditions(conditions);
    }

    void unthrottle() {
        driver.deleteNetworkConditions();
    }

    /**
     * From now on, every page this browser opens records the Content-Security-Policy violations it reports
     * (through a script the browser itself adds to each page, which no policy applies to).
     */
    void recordPolicyViolations() {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "window.vistazoViolations = [];"
                        + "document.addEventListener('securitypolicyviolation', e => window.vistazoViolations.push("
                        + "e.violatedDirective + ' ' + e.blockedURI));"));
    }

    /** The console errors since the last call, and the policy violations of the page shown. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                problems.add("console: " + entry.getMessage());
            }
        }
        Object violations = script("return window.vistazoViolations || [];");
        if (violations instanceof List<?> list) {
            list.forEach(violation -> problems.add("CSP: " + violation));
        }
        return problems;
    }

    /** Saves what the browser shows as target/screenshots/{@code name}.png. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Saves the page from its top to the bottom of an element, scaled down, as target/screenshots/{@code name}.png:
     * small enough for the README.
     */
    Path screenshotDownTo(String name, String elementId, double scale) {
        try {
            BufferedImage page = ImageIO.read(new ByteArrayInputStream(driver.getScreenshotAs(OutputType.BYTES)));
            Rectangle box = byId(elementId).getRect();
            int height = Math.min(page.getHeight(), box.getY() + box.getHeight() + 24);
            int width = (int) Math.round(page.getWidth() * scale);
            BufferedImage small = new BufferedImage(width, (int) Math.round(height * scale),
                    BufferedImage.TYPE_INT_RGB);
            Graphics2D graphics = small.createGraphics();
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            graphics.drawImage(page, 0, 0, width, small.getHeight(), 0, 0, page.getWidth(), height, null);
            graphics.dispose();
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            ImageIO.write(small, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            // A profile left in the temporary folder is harmless.
            Folders.deleteQuietly(profile);
        }
    }
}
