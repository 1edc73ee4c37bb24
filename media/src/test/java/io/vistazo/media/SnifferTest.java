package io.vistazo.media;

import static org.assertj.core.api.Assertions.assertThat;

import io.vistazo.core.domain.MediaFormat;
import io.vistazo.media.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SnifferTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "wide.jpg, JPEG",
        "polyglot.jpg, JPEG",
        "truncated.jpg, JPEG",
        "jpeg-garbage.jpg, JPEG",
        "tall.png, PNG",
        "tiny.png, PNG",
        "animated.png, PNG",
        "bomb.png, PNG",
        "png-garbage.png, PNG",
        "still.gif, GIF",
        "animated.gif, GIF",
        "transparent.gif, GIF",
        "still.webp, WEBP",
        "alpha.webp, WEBP",
        "animated.webp, WEBP",
        "image.bmp, BMP",
        "sample.avif, AVIF",
        "sample.heic, HEIC",
        "sample.mp4, MP4",
        "sample.mov, MOV",
        "sample.webm, WEBM",
        "sample.tiff, TIFF",
        "sample.ico, ICO",
        "sample.svg, SVG",
    })
    void recognisesEveryFixture(String fixture, MediaFormat expected) {
        assertThat(Sniffer.sniff(Fixtures.path(fixture))).contains(expected);
    }

    @Test
    void randomBytesAreUnknown() {
        assertThat(Sniffer.sniff(Fixtures.path("random.bin"))).isEmpty();
        assertThat(Sniffer.sniff(new byte[0])).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
        "  \n<svg>",
        "<?xml version=\"1.0\"?>\n<!-- drawn by hand -->\n<svg width=\"1\"/>",
        "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"x\"><svg/>",
        "\uFEFF<svg:svg xmlns:svg=\"http://www.w3.org/2000/svg\"/>",
    })
    void recognisesSvgText(String text) {
        assertThat(Sniffer.sniff(text.getBytes(StandardCharsets.UTF_8))).contains(MediaFormat.SVG);
    }

    @ParameterizedTest
    @ValueSource(strings = {"<html><svg/></html>", "<svgfoo/>", "<?xml version=\"1.0\"?><rss/>", "BM is not a bitmap",
        "<!-- never closed <svg/>"})
    void doesNotMistakeTextForImages(String text) {
        assertThat(Sniffer.sniff(text.getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void recognisesOldQuickTimeAndContainerBrands() {
        assertThat(Sniffer.sniff(atom("moov", ""))).contains(MediaFormat.MOV);
        assertThat(Sniffer.sniff(atom("ftyp", "M4V \0\0\0\0M4V "))).contains(MediaFormat.MP4);
        assertThat(Sniffer.sniff(atom("ftyp", "mp42\0\0\0\0isommp42"))).contains(MediaFormat.MP4);
        assertThat(Sniffer.sniff(atom("ftyp", "mif1\0\0\0\0mif1miafavif"))).contains(MediaFormat.AVIF);
        assertThat(Sniffer.sniff(atom("ftyp", "M4A \0\0\0\0M4A "))).isEmpty();
    }

    @Test
    void recognisesBothTiffByteOrders() {
        assertThat(Sniffer.sniff(new byte[] {'I', 'I', 0x2A, 0, 8, 0, 0, 0})).contains(MediaFormat.TIFF);
        assertThat(Sniffer.sniff(new byte[] {'M', 'M', 0, 0x2A, 0, 0, 0, 8})).contains(MediaFormat.TIFF);
    }

    private static byte[] atom(String type, String body) {
        int size = 8 + body.length();
        byte[] bytes = new byte[size];
        bytes[3] = (byte) size;
        System.arraycopy((type + body).getBytes(StandardCharsets.ISO_8859_1), 0, bytes, 4, size - 4);
        return bytes;
    }
}
