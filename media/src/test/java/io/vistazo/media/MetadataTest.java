package io.vistazo.media;

import static org.assertj.core.api.Assertions.assertThat;

import io.vistazo.core.domain.MediaMetadata;
import io.vistazo.media.testing.Fixtures;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MetadataTest {

    private static final String TITLE = "Café en Peñalolén";

    private final ImgscalrImageProcessor processor = new ImgscalrImageProcessor();

    private MediaMetadata metadata(String fixture) {
        return processor.probe(Fixtures.path(fixture)).metadata();
    }

    @Test
    void xmpWinsOverIptcAndExif() {
        MediaMetadata metadata = metadata("meta-xmp.jpg");

        assertThat(metadata.title()).isEqualTo(TITLE);
        assertThat(metadata.description()).isEqualTo("Atardecer en la cordillera, ¡qué frío!");
    }

    @Test
    void iptcWinsOverExif() {
        MediaMetadata metadata = metadata("meta-iptc.jpg");

        assertThat(metadata.title()).isEqualTo(TITLE);
        assertThat(metadata.description()).isEqualTo("Niños jugando en Ñuñoa");
    }

    @Test
    void exifXpTitleAndUtf8ImageDescription() {
        MediaMetadata metadata = metadata("meta-exif.jpg");

        assertThat(metadata.title()).isEqualTo(TITLE);
        assertThat(metadata.description()).isEqualTo("Año nuevo en Ñuñoa");
    }

    @Test
    void captureDateAndOffsetForUseFileDate() {
        MediaMetadata metadata = metadata("gps.jpg");

        assertThat(metadata.takenAt()).isEqualTo(LocalDateTime.of(2019, 7, 14, 18, 30, 5));
        assertThat(metadata.takenOffset()).isEqualTo(ZoneOffset.ofHours(-4));
    }

    @Test
    void exifJsonHasTheCameraButNoLocationByDefault() {
        String json = metadata("gps.jpg").exifJson();

        assertThat(json).startsWith("{\"Make\":\"Vistazo\",\"Model\":\"Cámara 1\"")
                .contains("\"DateTimeOriginal\":\"2019:07:14 18:30:05\"").doesNotContain("GPS");
    }

    @Test
    void exifJsonFollowsThePolicy() {
        ImgscalrImageProcessor keepAll = new ImgscalrImageProcessor(
                MediaSettings.defaults().withExifPolicy(ExifPolicy.KEEP_ALL));
        ImgscalrImageProcessor stripAll = new ImgscalrImageProcessor(
                MediaSettings.defaults().withExifPolicy(ExifPolicy.STRIP_ALL));

        assertThat(keepAll.probe(Fixtures.path("gps.jpg")).metadata().exifJson())
                .contains("\"GPSLatitude\":\"-33° 26' 56.04\\\"\"");
        assertThat(stripAll.probe(Fixtures.path("gps.jpg")).metadata().exifJson()).isNull();
        // Stripping concerns the stored file; the title still comes from it.
        assertThat(stripAll.probe(Fixtures.path("gps.jpg")).metadata().title()).isEqualTo(TITLE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"gps.png", "gps.webp"})
    void pngAndWebpMetadataIsReadFromTheirChunks(String fixture) {
        MediaMetadata metadata = metadata(fixture);

        assertThat(metadata.title()).isEqualTo(TITLE);
        assertThat(metadata.exifJson()).contains("\"Make\":\"Vistazo\"").doesNotContain("GPS");
    }

    @Test
    void equirectangularXmpIs360() {
        assertThat(metadata("pano.jpg").is360()).isTrue();
        assertThat(metadata("gps.jpg").is360()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"wide.jpg", "tall.png", "still.webp", "animated.gif", "image.bmp"})
    void filesWithoutMetadataHaveNone(String fixture) {
        assertThat(metadata(fixture)).isEqualTo(MediaMetadata.NONE);
    }

    @Test
    void jsonEscapesWhatJsonMust() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Quote\"", "back\\slash\nline\ttab\u0001 Ñ \u2028");

        assertThat(ExifJson.write(fields))
                .isEqualTo("{\"Quote\\\"\":\"back\\\\slash\\nline\\ttab\\u0001 Ñ \\u2028\"}");
        assertThat(ExifJson.write(Map.of())).isEqualTo("{}");
    }

    @ParameterizedTest
    @CsvSource({"Date/Time Original, DateTimeOriginal", "F-Number, FNumber", "GPS Latitude Ref, GPSLatitudeRef",
        "Windows XP Title, WindowsXPTitle"})
    void tagNamesBecomePhpStyleKeys(String tagName, String key) {
        assertThat(MetadataFacts.jsonName(tagName)).isEqualTo(key);
    }
}
