package io.vistazo.media.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * The checked-in sample files of {@code media/src/test/resources/fixtures} (see
 * {@code media/src/test/fixture-generator/README.md}) and pixel assertions. Other modules' tests read the same files
 * through this module's test-jar, which holds this package and the fixtures.
 */
public final class Fixtures {

    private static final String FOLDER = "/fixtures/";
    private static final int TOLERANCE = 40;

    private Fixtures() {
    }

    /** The fixture's bytes, wherever it is on the class path (a folder, or the media test-jar). */
    public static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture as a file: only where the fixtures are a folder, as in the media module's own tests. */
    public static Path path(String name) {
        URL url = Fixtures.class.getResource(FOLDER + name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes a generated image (too large to check in) with ImageIO. */
    public static Path write(BufferedImage image, String format, Path file) {
        try {
            ImageIO.write(image, format, file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path mkdirs(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static BufferedImage decode(Path file) {
        try {
            BufferedImage image = ImageIO.read(file.toFile());
            assertThat(image).as("decodable %s", file).isNotNull();
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts an opaque pixel close to {@code rgb} (lossy formats shift colours a little). */
    public static void assertColour(BufferedImage image, int x, int y, int rgb) {
        int actual = image.getRGB(x, y);
        assertThat(actual >>> 24).as("alpha at %d,%d", x, y).isEqualTo(0xFF);
        for (int shift = 0; shift <= 16; shift += 8) {
            assertThat(actual >> shift & 0xFF).as("channel %d at %d,%d of %08x", shift, x, y, actual)
                    .isCloseTo(rgb >> shift & 0xFF, org.assertj.core.data.Offset.offset(TOLERANCE));
        }
    }

    public static void assertTransparent(BufferedImage image, int x, int y) {
        assertThat(image.getColorModel().hasAlpha()).isTrue();
        assertThat(image.getRGB(x, y) >>> 24).as("alpha at %d,%d", x, y).isZero();
    }
}
