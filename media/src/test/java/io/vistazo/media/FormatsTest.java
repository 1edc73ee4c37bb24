package io.vistazo.media;

import static io.vistazo.media.testing.Fixtures.assertColour;
import static io.vistazo.media.testing.Fixtures.assertTransparent;
import static io.vistazo.media.testing.Fixtures.decode;
import static org.assertj.core.api.Assertions.assertThat;

import io.vistazo.core.domain.DerivativeSizes;
import io.vistazo.core.domain.MediaFormat;
import io.vistazo.core.port.out.ImageProcessor.Probe;
import io.vistazo.core.port.out.ImageProcessor.RenderRequest;
import io.vistazo.core.port.out.ImageProcessor.Rendition;
import io.vistazo.media.testing.Fixtures;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Colour models beyond 8-bit RGB: stored as received, thumbs in the right colours. */
class FormatsTest {

    private final ImgscalrImageProcessor processor = new ImgscalrImageProcessor();

    @TempDir
    Path workDir;

    private Rendition render(Path source) {
        return processor.render(source, processor.probe(source),
                new RenderRequest(0, new DerivativeSizes(320, 320, 500), workDir));
    }

    @Test
    void cmykJpegGetsAnRgbThumb() {
        Path source = Fixtures.path("cmyk.jpg");

        Rendition rendition = render(source);

        assertThat(rendition.main()).isEqualTo(source);
        assertThat(rendition.width()).isEqualTo(64);
        BufferedImage thumb = decode(rendition.thumb());
        assertThat(Sniffer.sniff(rendition.thumb())).contains(MediaFormat.JPEG);
        // Red, green / blue, yellow quadrants, give or take what the CMYK round trip did to them.
        assertThat(dominant(thumb.getRGB(100, 80))).isEqualTo("red");
        assertThat(dominant(thumb.getRGB(220, 80))).isEqualTo("green");
        assertThat(dominant(thumb.getRGB(100, 240))).isEqualTo("blue");
    }

    @Test
    void ycckJpegGetsAnRgbThumb() {
        Rendition rendition = render(Fixtures.path("ycck.jpg"));

        BufferedImage thumb = decode(rendition.thumb());
        assertColour(thumb, 60, 160, 0xE14330);
        assertColour(thumb, 260, 160, 0x3178E1);
    }

    @Test
    void progressiveJpeg() {
        Rendition rendition = render(Fixtures.path("progressive.jpg"));

        OrientationTest.assertQuadrants(decode(rendition.thumb()));
    }

    @Test
    void iccProfileIsAppliedToTheThumb() {
        Rendition rendition = render(Fixtures.path("icc.jpg"));

        // The stored samples (220, 30, 30) mean linear RGB: in sRGB they are much lighter.
        float[] srgb = ColorSpace.getInstance(ColorSpace.CS_LINEAR_RGB)
                .toRGB(new float[] {220 / 255f, 30 / 255f, 30 / 255f});
        int expected = Math.round(srgb[0] * 255) << 16 | Math.round(srgb[1] * 255) << 8 | Math.round(srgb[2] * 255);
        BufferedImage thumb = decode(rendition.thumb());
        assertColour(thumb, 60, 60, expected);
        assertThat(thumb.getRGB(60, 60) >> 8 & 0xFF).isGreaterThan(60);
    }

    @Test
    void sixteenBitPng() {
        Path source = Fixtures.path("rgb16.png");

        Rendition rendition = render(source);

        assertThat(rendition.main()).isEqualTo(source);
        BufferedImage thumb = decode(rendition.thumb());
        assertColour(thumb, 60, 160, 0xFF0000);
        assertColour(thumb, 260, 160, 0x0000FF);
    }

    @Test
    void palettePngThumbKeepsItsTransparentEntry() {
        Rendition rendition = render(Fixtures.path("palette.png"));

        BufferedImage thumb = decode(rendition.thumb());
        assertTransparent(thumb, 20, 160);
        assertColour(thumb, 200, 60, 0x1EC83C);
        assertColour(thumb, 200, 260, 0xE614E6);
    }

    @ParameterizedTest
    @ValueSource(strings = {"animated.gif", "animated.webp", "animated.png"})
    void animatedOriginalsAreStoredUntouched(String fixture) {
        Path source = Fixtures.path(fixture);
        Probe probe = processor.probe(source);

        Rendition rendition = processor.render(source, probe,
                new RenderRequest(10, new DerivativeSizes(320, 320, 500), workDir));

        assertThat(probe.animated()).isTrue();
        assertThat(rendition.main()).isEqualTo(source);
        assertThat(rendition.resized()).isFalse();
        assertThat(rendition.medium()).isNotNull();
    }

    /** The channel well above the other two. */
    private static String dominant(int rgb) {
        int red = rgb >> 16 & 0xFF;
        int green = rgb >> 8 & 0xFF;
        int blue = rgb & 0xFF;
        if (red > green + 80 && red > blue + 80) {
            return "red";
        } else if (green > red + 80 && green > blue + 80) {
            return "green";
        } else if (blue > red + 80 && blue > green + 80) {
            return "blue";
        }
        return String.format("none of %06x", rgb & 0xFFFFFF);
    }
}
