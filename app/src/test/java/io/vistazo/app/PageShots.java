package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;

/**
 * Whole-page screenshots (the page's full height, not only the window) under target/screenshots/pages/, named
 * {@code <page>-<lang>[-phone][-dark].png}, and the check that one is a real picture of a page.
 */
final class PageShots {

    static final Path FOLDER = Chromium.SCREENSHOTS.resolve("pages");
    /** A page with text and a few colours has hundreds after anti-aliasing; a blank or broken one has a handful. */
    private static final int FEWEST_COLOURS = 32;
    private static final int MOST_PIXELS_SAMPLED = 2_000_000;

    private PageShots() {
    }

    /** From now on the browser's pages are shown as to a visitor whose system is in dark mode. */
    static void darkMode(Chromium browser) {
        browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
    }

    /**
     * From now on the browser lays pages out as a phone {@code width} CSS pixels wide would (a window cannot be
     * made narrower than 500 pixels).
     */
    static void phone(Chromium browser, int width, int height) {
        browser.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height",
                height, "deviceScaleFactor", 1, "mobile", true));
    }

    /** Saves the whole page the browser shows as {@code name}.png. */
    @SuppressWarnings("unchecked")
    static Path save(Chromium browser, String name) {
        Map<String, Object> metrics = browser.driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
        Map<String, Object> shot = browser.driver.executeCdpCommand("Page.captureScreenshot", Map.of(
                "format", "png", "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0,
                        "width", content.get("width"), "height", content.get("height"), "scale", 1)));
        try {
            Files.createDirectories(FOLDER);
            Path file = FOLDER.resolve(name + ".png");
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails unless the file is a PNG exactly {@code width} pixels wide that shows more than a blank page. */
    static void check(Path file, int width) {
        BufferedImage image = read(file);
        assertThat(image).as(file + " is a PNG").isNotNull();
        assertThat(image.getWidth()).as(file + " width (wider means the page scrolls sideways)").isEqualTo(width);
        assertThat(distinctColours(image)).as(file + " shows a page, not a blank").isGreaterThan(FEWEST_COLOURS);
    }

    private static BufferedImage read(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            assertThat(bytes).as(file + " has the PNG signature").startsWith(0x89, 'P', 'N', 'G');
            return ImageIO.read(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        int step = Math.max(1, image.getWidth() * image.getHeight() / MOST_PIXELS_SAMPLED);
        for (long i = 0; i < (long) image.getWidth() * image.getHeight(); i += step) {
            colours.add(image.getRGB((int) (i % image.getWidth()), (int) (i / image.getWidth())));
        }
        return colours.size();
    }
}
