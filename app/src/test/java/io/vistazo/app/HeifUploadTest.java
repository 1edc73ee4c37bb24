package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vistazo.media.testing.Fixtures;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * HEIC and AVIF uploads over HTTP on both engines, decoded by libheif's real command-line tool ({@code .ci/run}
 * installs {@code libheif-examples}). {@link HeifWithoutTheToolTest} runs a server without the tool and
 * {@link HeifStuckDecoderTest} one whose decoder hangs.
 */
@EnumSource(names = {"JETTY", "JDK"})
class HeifUploadTest extends EngineSuite {

    private static final String TITLE = "Café con leche en Tōkyō 東京";

    JsonNode heic;
    JsonNode avif;

    @Override
    String[] settings() {
        return new String[] {"web-guest-uploads", "on"};
    }

    @Override
    void prepare() {
        heic = server.upload("IMG_0001.HEIC", Fixtures.bytes("heif/iphone.heic")).path("image");
        avif = server.upload("alpha.avif", Fixtures.bytes("heif/alpha.avif")).path("image");
    }

    @Test
    void heicIsStoredAsAnUprightJpegWithItsTitleAndNoLocation() {
        assertThat(heic.path("extension").asText()).isEqualTo("jpeg");
        assertThat(heic.path("mime").asText()).isEqualTo("image/jpeg");
        assertThat(heic.path("width").asInt()).isEqualTo(72);
        assertThat(heic.path("height").asInt()).isEqualTo(96);
        assertThat(heic.path("title").asText()).isEqualTo(TITLE);
        assertThat(heic.path("original_exifdata").asText()).contains("iPhone 15 Pro").doesNotContain("GPS");

        HttpResponse<byte[]> main = server.get(heic.path("url").asText());
        assertThat(main.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        BufferedImage pixels = decode(main.body());
        assertThat(pixels.getWidth()).isEqualTo(72);
        assertThat(pixels.getHeight()).isEqualTo(96);
        // The sensor's top-left red corner is at the top right once the photo stands upright.
        assertRed(pixels.getRGB(66, 6));
        assertThat(contains(main.body(), "GPS")).isFalse();
        BufferedImage thumb = decode(server.get(heic.path("thumb").path("url").asText()).body());
        assertRed(thumb.getRGB(300, 20));
    }

    @Test
    void heicKeepsItsOriginalForDownloadWithoutTheLocation() {
        String jpegUrl = heic.path("url").asText();
        String originalUrl = jpegUrl.substring(0, jpegUrl.lastIndexOf('.')) + ".heic";

        HttpResponse<byte[]> original = server.get(originalUrl);

        assertThat(original.statusCode()).isEqualTo(200);
        assertThat(original.headers().firstValue("Content-Type")).hasValue("image/heic");
        assertThat(new String(original.body(), 4, 8, StandardCharsets.ISO_8859_1)).isEqualTo("ftypheic");
        assertThat(original.body().length).isEqualTo(Fixtures.bytes("heif/iphone.heic").length);
        assertThat(original.body()).isNotEqualTo(Fixtures.bytes("heif/iphone.heic"));
        assertThat(contains(original.body(), "GPSLatitude")).isFalse();
        assertThat(heic.path("chain").asInt()).isEqualTo(32 + 4 + 1);

        String viewer = new String(server.get(heic.path("url_viewer").asText()).body(), StandardCharsets.UTF_8);
        assertThat(viewer).contains("id=\"viewer-download\" href=\"" + URI.create(originalUrl).getPath()
                + "?download=1\" download>Download");
    }

    @Test
    void avifIsStoredAsItselfWithAJpegThumb() {
        assertThat(avif.path("extension").asText()).isEqualTo("avif");
        assertThat(avif.path("mime").asText()).isEqualTo("image/avif");
        assertThat(avif.path("width").asInt()).isEqualTo(300);
        assertThat(avif.path("height").asInt()).isEqualTo(600);
        assertThat(avif.path("size").asLong()).isEqualTo(Fixtures.bytes("heif/alpha.avif").length);
        HttpResponse<byte[]> main = server.get(avif.path("url").asText());
        assertThat(main.headers().firstValue("Content-Type")).hasValue("image/avif");
        assertThat(main.body()).isEqualTo(Fixtures.bytes("heif/alpha.avif"));
        assertThat(avif.path("thumb").path("url").asText()).endsWith(".th.jpeg");
        assertThat(decode(server.get(avif.path("thumb").path("url").asText()).body()).getWidth()).isEqualTo(320);
    }

    @Test
    void animatedAvifIsMarkedAnimated() {
        JsonNode animated = server.upload("anim.avif", Fixtures.bytes("heif/animated.avif")).path("image");

        assertThat(animated.path("is_animated").asInt()).isEqualTo(1);
        assertThat(animated.path("extension").asText()).isEqualTo("avif");
        assertThat(animated.path("medium").path("url").asText()).endsWith(".md.jpeg");
        assertRed(decode(server.get(animated.path("thumb").path("url").asText()).body()).getRGB(40, 40));
    }

    @Test
    void cutOffAndOversizedFilesAreRefusedCleanly() {
        List<String> before = server.storedFiles();
        long rows = TestDatabase.number(server.dataDir, "SELECT COUNT(*) FROM media");

        JsonNode truncated = server.upload("cut.heic", Fixtures.bytes("heif/truncated.heic"));
        JsonNode huge = server.upload("huge.heic", Fixtures.bytes("heif/huge.heic"));

        assertThat(truncated.path("error").path("code").asInt()).isEqualTo(610);
        assertThat(huge.path("status_code").asInt()).isEqualTo(400);
        assertThat(huge.path("error").path("code").asInt()).isEqualTo(610);
        assertThat(huge.path("error").path("message").asText()).contains("60000x60000");
        assertThat(server.storedFiles()).isEqualTo(before);
        assertThat(TestDatabase.number(server.dataDir, "SELECT COUNT(*) FROM media")).isEqualTo(rows);
    }

    @Test
    void deletingAHeicRemovesItsOriginalToo() {
        JsonNode doomed = server.upload("doomed.heic", Fixtures.bytes("heif/iphone.heic")).path("image");
        String name = doomed.path("name").asText();
        assertThat(server.storedFiles()).anyMatch(file -> file.endsWith("/" + name + ".heic"));

        int status = server.send(HttpRequest.newBuilder(URI.create(doomed.path("delete_url").asText()))
                .POST(HttpRequest.BodyPublishers.noBody()).build()).statusCode();

        assertThat(status).isEqualTo(200);
        assertThat(server.storedFiles()).noneMatch(file -> file.contains("/" + name + "."));
    }

    @Test
    void checkKnowsTheKeptOriginal() {
        String report = Cli.run(server.dataDir, "check");

        assertThat(report).contains("every row has its files and every file belongs to a row");
    }

    @Test
    void theUploaderOffersBoth() {
        String page = new String(server.get("/upload").body(), StandardCharsets.UTF_8);

        assertThat(page).contains("image/heic").contains("image/avif");
    }

    private static BufferedImage decode(byte[] bytes) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            assertThat(image).isNotNull();
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertRed(int rgb) {
        assertThat(rgb >> 16 & 0xFF).as("red of %06x", rgb & 0xFFFFFF).isGreaterThan(170);
        assertThat(rgb >> 8 & 0xFF).as("green of %06x", rgb & 0xFFFFFF).isLessThan(60);
        assertThat(rgb & 0xFF).as("blue of %06x", rgb & 0xFFFFFF).isLessThan(60);
    }

    private static boolean contains(byte[] haystack, String needle) {
        byte[] pattern = needle.getBytes(StandardCharsets.ISO_8859_1);
        for (int i = 0; i + pattern.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + pattern.length, pattern, 0, pattern.length)) {
                return true;
            }
        }
        return false;
    }
}
