package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vistazo.media.testing.Fixtures;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.EnumSource;

/** The image pipeline as an API client sees it: metadata, location privacy, orientation, dates, 360. */
@EnumSource(names = {"JETTY", "JDK"})
class MediaPipelineTest extends EngineSuite {

    private static final String TITLE = "Café en Peñalolén";

    @Override
    String[] settings() {
        // Tokyo is UTC+9 all year: the date, its folder and date_gmt differ visibly.
        return new String[] {"timezone", "Asia/Tokyo"};
    }

    @Test
    void gpsTaggedJpegIsStoredWithoutItsLocationAndOtherwiseUnchanged() {
        byte[] original = Fixtures.bytes("gps.jpg");

        JsonNode image = server.upload("phone.jpg", original).path("image");

        byte[] stored = server.get(image.path("url").asText()).body();
        String storedText = new String(stored, StandardCharsets.ISO_8859_1);
        assertThat(storedText).contains("Vistazo").contains(TITLE_IN_UTF8).doesNotContain("GPSLatitude");
        // The seconds of the latitude (the rational 1401/25) are gone from the EXIF block too.
        assertThat(indexOf(original, LATITUDE_SECONDS)).isPositive();
        assertThat(indexOf(stored, LATITUDE_SECONDS)).isEqualTo(-1);
        // Only metadata changed: the compressed picture is the same bytes.
        assertThat(fromFirstScan(stored)).isEqualTo(fromFirstScan(original));
        assertThat(image.path("size").asLong()).isEqualTo(stored.length);
    }

    @Test
    void titleAndDescriptionComeFromTheFileInUtf8() {
        JsonNode iptc = server.upload("DSC_0042.jpg", Fixtures.bytes("meta-iptc.jpg")).path("image");
        JsonNode xmp = server.upload("DSC_0043.jpg", Fixtures.bytes("gps.jpg")).path("image");

        assertThat(iptc.path("title").asText()).isEqualTo(TITLE);
        assertThat(iptc.path("description").asText()).isEqualTo("Niños jugando en Ñuñoa");
        assertThat(xmp.path("title").asText()).isEqualTo(TITLE);
        assertThat(server.upload("DSC_0044.jpg", Fixtures.bytes("meta-iptc.jpg"), "title", "Mine")
                .path("image").path("title").asText()).isEqualTo("Mine");
    }

    @Test
    void originalExifdataIsAJsonStringWithoutLocation() throws Exception {
        JsonNode image = server.upload("phone.jpg", Fixtures.bytes("gps.jpg")).path("image");

        JsonNode exifdata = image.path("original_exifdata");
        assertThat(exifdata.isTextual()).isTrue();
        JsonNode exif = new ObjectMapper().readTree(exifdata.asText());
        assertThat(exif.path("Make").asText()).isEqualTo("Vistazo");
        assertThat(exif.path("Model").asText()).isEqualTo("Cámara 1");
        Iterator<String> names = exif.fieldNames();
        while (names.hasNext()) {
            assertThat(names.next()).doesNotStartWith("GPS");
        }
    }

    @Test
    void quarterTurnedPhotoReportsUprightDimensionsAndKeepsItsCompressedData() {
        byte[] sent = Fixtures.bytes("gps-rotated.jpg");
        JsonNode image = server.upload("turned.jpg", sent).path("image");

        // Stored 80x120 with orientation 6, shown 120x80: the file keeps its pixels, the tag turns them.
        assertThat(image.path("width").asInt()).isEqualTo(120);
        assertThat(image.path("height").asInt()).isEqualTo(80);
        HttpResponse<byte[]> original = server.get(image.path("url").asText());
        assertThat(original.statusCode()).isEqualTo(200);
        assertThat(fromFirstScan(original.body())).isEqualTo(fromFirstScan(sent));
    }

    @Test
    void useFileDateWithTheAdminKeyDatesTheUploadFromDateTimeOriginal() {
        JsonNode image = server.upload("phone.jpg", Fixtures.bytes("gps.jpg"), "use_file_date", "1")
                .path("image");

        // 2019:07:14 18:30:05 at -04:00 is 22:30:05 UTC, and 07:30:05 the next morning in Tokyo.
        assertThat(image.path("date_gmt").asText()).isEqualTo("2019-07-14 22:30:05");
        assertThat(image.path("date").asText()).isEqualTo("2019-07-15 07:30:05");
        assertThat(image.path("url").asText()).contains("/images/2019/07/15/");
        assertThat(server.get(image.path("url").asText()).statusCode()).isEqualTo(200);
    }

    @Test
    void equirectangularPhotoIs360() {
        assertThat(server.upload("pano.jpg", Fixtures.bytes("pano.jpg")).path("image").path("is_360").asInt())
                .isEqualTo(1);
        assertThat(server.upload("flat.jpg", Fixtures.bytes("gps.jpg")).path("image").path("is_360").asInt())
                .isZero();
    }

    private static final String TITLE_IN_UTF8 = new String(TITLE.getBytes(StandardCharsets.UTF_8),
            StandardCharsets.ISO_8859_1);
    private static final byte[] LATITUDE_SECONDS = {0, 0, 0x05, 0x79, 0, 0, 0, 0x19};

    static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= data.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** A JPEG's compressed picture: everything from its first start-of-scan marker on, past the header's segments. */
    static byte[] fromFirstScan(byte[] jpeg) {
        int at = 2;
        while (at + 3 < jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
            if ((jpeg[at + 1] & 0xFF) == 0xDA) {
                return Arrays.copyOfRange(jpeg, at, jpeg.length);
            }
            at += 2 + ((jpeg[at + 2] & 0xFF) << 8 | jpeg[at + 3] & 0xFF);
        }
        throw new AssertionError("no start of scan");
    }
}
