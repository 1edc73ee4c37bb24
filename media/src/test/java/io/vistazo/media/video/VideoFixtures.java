package io.vistazo.media.video;

import static org.assertj.core.api.Assertions.assertThat;

import io.vistazo.media.testing.Fixtures;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.assertj.core.data.Offset;

/**
 * The clips of {@code src/test/fixture-generator/videos.sh}: 4 s of testsrc with a marker box in the top-left
 * quarter-by-third, green from 0.5 s to 1.5 s (so at ⌊4/4⌋ = 1 s), red before and blue after.
 */
final class VideoFixtures {

    static final int GREEN = 0x00FF00;
    private static final int TOLERANCE = 60;

    private VideoFixtures() {
    }

    static Path path(String name) {
        return Fixtures.path("video/" + name);
    }

    static byte[] bytes(String name) {
        return Fixtures.bytes("video/" + name);
    }

    static BufferedImage decode(Path file) {
        return Fixtures.decode(file);
    }

    /** The middle of the marker box, on the picture as displayed (turned for {@code clockwise} degrees). */
    static void assertMarker(BufferedImage frame, int clockwise, int rgb) {
        boolean turned = clockwise % 180 != 0;
        int storedWidth = turned ? frame.getHeight() : frame.getWidth();
        int storedHeight = turned ? frame.getWidth() : frame.getHeight();
        int x = storedWidth / 8;
        int y = storedHeight / 6;
        // Where a stored (x, y) lands once the picture is turned, as a player shows it.
        int shownX = switch (clockwise) {
            case 90 -> storedHeight - 1 - y;
            case 180 -> storedWidth - 1 - x;
            case 270 -> y;
            default -> x;
        };
        int shownY = switch (clockwise) {
            case 90 -> x;
            case 180 -> storedHeight - 1 - y;
            case 270 -> storedWidth - 1 - x;
            default -> y;
        };
        assertColour(frame, shownX, shownY, rgb);
    }

    static void assertColour(BufferedImage image, int x, int y, int rgb) {
        int actual = image.getRGB(x, y);
        for (int shift = 0; shift <= 16; shift += 8) {
            assertThat(actual >> shift & 0xFF).as("channel %d at %d,%d of %06x", shift, x, y, actual & 0xFFFFFF)
                    .isCloseTo(rgb >> shift & 0xFF, Offset.offset(TOLERANCE));
        }
    }

    /** A generated poster: the background colour in the corners. */
    static void assertPoster(BufferedImage frame) {
        assertColour(frame, 1, 1, Posters.BACKGROUND.getRGB() & 0xFFFFFF);
        assertColour(frame, frame.getWidth() - 2, frame.getHeight() - 2, Posters.BACKGROUND.getRGB() & 0xFFFFFF);
    }

    /**
     * Tests of the ffmpeg fallback need ffmpeg on {@code PATH}; {@code .ci/run} installs it. They fail rather than
     * skip without it, so CI never goes green without running them.
     */
    static void requireFfmpeg() {
        boolean found;
        try {
            Process process = new ProcessBuilder("ffmpeg", "-version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            found = process.waitFor(20, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            found = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            found = false;
        }
        assertThat(found).as("ffmpeg must be on PATH for this test (apt-get install ffmpeg; .ci/run does)")
                .isTrue();
    }
}
