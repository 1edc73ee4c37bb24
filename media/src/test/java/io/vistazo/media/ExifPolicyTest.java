package io.vistazo.media;

import static org.assertj.core.api.Assertions.assertThat;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.icc.IccDirectory;
import com.drew.metadata.iptc.IptcDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import io.vistazo.core.domain.DerivativeSizes;
import io.vistazo.core.port.out.ImageProcessor.RenderRequest;
import io.vistazo.core.port.out.ImageProcessor.Rendition;
import io.vistazo.media.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the stored file keeps, read back from its bytes. */
class ExifPolicyTest {

    @TempDir
    Path workDir;

    private Rendition render(ExifPolicy policy, String fixture) {
        ImgscalrImageProcessor processor = new ImgscalrImageProcessor(
                MediaSettings.defaults().withExifPolicy(policy));
        Path source = Fixtures.path(fixture);
        return processor.render(source, processor.probe(source),
                new RenderRequest(0, new DerivativeSizes(320, 320, 500), workDir));
    }

    @Test
    void gpsFreeRemovesLocationFromExifAndXmpWithoutReencoding() throws Exception {
        Path source = Fixtures.path("gps.jpg");

        Rendition rendition = render(ExifPolicy.KEEP_GPS_FREE, "gps.jpg");

        assertThat(rendition.main()).isEqualTo(workDir.resolve("main.jpeg"));
        Metadata stored = ImageMetadataReader.readMetadata(rendition.main().toFile());
        assertThat(stored.getDirectoriesOfType(GpsDirectory.class)).isEmpty();
        ExifIFD0Directory exif = stored.getFirstDirectoryOfType(ExifIFD0Directory.class);
        assertThat(exif.getString(ExifIFD0Directory.TAG_MAKE)).isEqualTo("Vistazo");
        XmpDirectory xmp = stored.getFirstDirectoryOfType(XmpDirectory.class);
        assertThat(xmp.getXmpProperties()).containsEntry("dc:title[1]", "Café en Peñalolén")
                .containsEntry("xmp:Rating", "4").doesNotContainKeys("exif:GPSLatitude", "exif:GPSLongitude");
        assertThat(new String(Files.readAllBytes(rendition.main()), StandardCharsets.ISO_8859_1))
                .doesNotContain("GPSLatitude");
        assertThat(compressedData(rendition.main())).isEqualTo(compressedData(source));
        assertThat(Files.size(rendition.main())).isLessThan(Files.size(source));
    }

    @Test
    void gpsFreeZeroesTheCoordinatesNotJustTheirPointer() throws Exception {
        Rendition rendition = render(ExifPolicy.KEEP_GPS_FREE, "gps.jpg");

        byte[] stored = Files.readAllBytes(rendition.main());
        assertThat(indexOf(Files.readAllBytes(Fixtures.path("gps.jpg")), LATITUDE_SECONDS)).isPositive();
        assertThat(indexOf(stored, LATITUDE_SECONDS)).isEqualTo(-1);
    }

    @Test
    void keepAllStoresTheBytesAsReceived() {
        Rendition rendition = render(ExifPolicy.KEEP_ALL, "gps.jpg");

        assertThat(rendition.main()).isEqualTo(Fixtures.path("gps.jpg"));
    }

    @Test
    void fileWithoutLocationIsStoredAsReceived() {
        assertThat(render(ExifPolicy.KEEP_GPS_FREE, "meta-xmp.jpg").main()).isEqualTo(Fixtures.path("meta-xmp.jpg"));
    }

    @Test
    void stripAllKeepsOnlyTheColourProfile() throws Exception {
        Rendition withMetadata = render(ExifPolicy.STRIP_ALL, "meta-xmp.jpg");
        Metadata stored = ImageMetadataReader.readMetadata(withMetadata.main().toFile());
        assertThat(stored.getDirectoriesOfType(ExifIFD0Directory.class)).isEmpty();
        assertThat(stored.getDirectoriesOfType(XmpDirectory.class)).isEmpty();
        assertThat(stored.getDirectoriesOfType(IptcDirectory.class)).isEmpty();
        assertThat(compressedData(withMetadata.main())).isEqualTo(compressedData(Fixtures.path("meta-xmp.jpg")));

        Rendition withProfile = render(ExifPolicy.STRIP_ALL, "icc.jpg");
        assertThat(ImageMetadataReader.readMetadata(withProfile.main().toFile())
                .getDirectoriesOfType(IccDirectory.class)).isNotEmpty();
    }

    @Test
    void rotatedPhotoKeepsItsCompressedDataAndOrientationWithoutLocation() throws Exception {
        Rendition rendition = render(ExifPolicy.KEEP_GPS_FREE, "gps-rotated.jpg");

        Metadata stored = ImageMetadataReader.readMetadata(rendition.main().toFile());
        assertThat(stored.getDirectoriesOfType(GpsDirectory.class)).isEmpty();
        ExifIFD0Directory exif = stored.getFirstDirectoryOfType(ExifIFD0Directory.class);
        assertThat(exif.getString(ExifIFD0Directory.TAG_MAKE)).isEqualTo("Vistazo");
        assertThat(exif.getInteger(ExifIFD0Directory.TAG_ORIENTATION)).isEqualTo(6);
        assertThat(stored.getFirstDirectoryOfType(XmpDirectory.class).getXmpProperties())
                .doesNotContainKeys("exif:GPSLatitude");
        assertThat(rendition.width()).isEqualTo(120);
        assertThat(compressedData(rendition.main())).isEqualTo(compressedData(Fixtures.path("gps-rotated.jpg")));
        OrientationTest.assertQuadrants(Fixtures.decode(rendition.thumb()));
    }

    @Test
    void rotatedPhotoIsStoredAsSentUnderKeepAll() throws Exception {
        Rendition rendition = render(ExifPolicy.KEEP_ALL, "gps-rotated.jpg");

        assertThat(rendition.main()).isEqualTo(Fixtures.path("gps-rotated.jpg"));
        Metadata stored = ImageMetadataReader.readMetadata(rendition.main().toFile());
        assertThat(stored.getDirectoriesOfType(GpsDirectory.class)).isNotEmpty();
        assertThat(stored.getFirstDirectoryOfType(ExifIFD0Directory.class)
                .getInteger(ExifIFD0Directory.TAG_ORIENTATION)).isEqualTo(6);
    }

    @Test
    void derivativesCarryNoMetadata() throws Exception {
        Rendition rendition = render(ExifPolicy.KEEP_ALL, "gps.jpg");

        Metadata thumb = ImageMetadataReader.readMetadata(rendition.thumb().toFile());
        assertThat(thumb.getDirectoriesOfType(GpsDirectory.class)).isEmpty();
        assertThat(thumb.getDirectoriesOfType(XmpDirectory.class)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"gps.png", "gps.webp"})
    void pngAndWebpLoseTheirLocationAndKeepTheirPixelsAndTitle(String fixture) throws Exception {
        Path source = Fixtures.path(fixture);

        Rendition rendition = render(ExifPolicy.KEEP_GPS_FREE, fixture);

        assertThat(rendition.main()).isNotEqualTo(source);
        Metadata stored = ImageMetadataReader.readMetadata(rendition.main().toFile());
        assertThat(stored.getDirectoriesOfType(GpsDirectory.class)).isEmpty();
        assertThat(stored.getFirstDirectoryOfType(ExifIFD0Directory.class).getString(ExifIFD0Directory.TAG_MAKE))
                .isEqualTo("Vistazo");
        assertThat(stored.getFirstDirectoryOfType(XmpDirectory.class).getXmpProperties())
                .containsEntry("dc:title[1]", "Café en Peñalolén").doesNotContainKey("exif:GPSLatitude");
        assertThat(indexOf(Files.readAllBytes(rendition.main()), LATITUDE_SECONDS)).isEqualTo(-1);
        assertThat(pixels(rendition.main())).isEqualTo(pixels(source));
        assertThat(new ImgscalrImageProcessor().probe(rendition.main()).metadata().title())
                .isEqualTo("Café en Peñalolén");
    }

    @ParameterizedTest
    @ValueSource(strings = {"gps.png", "gps.webp"})
    void pngAndWebpStripAllAndKeepAll(String fixture) throws Exception {
        Path source = Fixtures.path(fixture);

        Rendition stripped = render(ExifPolicy.STRIP_ALL, fixture);

        Metadata stored = ImageMetadataReader.readMetadata(stripped.main().toFile());
        assertThat(stored.getDirectoriesOfType(ExifIFD0Directory.class)).isEmpty();
        assertThat(stored.getDirectoriesOfType(XmpDirectory.class)).isEmpty();
        assertThat(pixels(stripped.main())).isEqualTo(pixels(source));
        if (fixture.endsWith(".webp")) {
            // The VP8X header no longer announces EXIF (0x08) or XMP (0x04).
            assertThat(Files.readAllBytes(stripped.main())[20] & 0x0C).isZero();
        }
        assertThat(render(ExifPolicy.KEEP_ALL, fixture).main()).isEqualTo(source);
    }

    private static int[] pixels(Path file) {
        java.awt.image.BufferedImage image = Fixtures.decode(file);
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    /** 33° 26' 56.04": exiftool writes the seconds as the big-endian rational 1401/25. */
    private static final byte[] LATITUDE_SECONDS = {0, 0, 0x05, 0x79, 0, 0, 0, 0x19};

    /** Everything from the first SOS marker on: the compressed picture. */
    static byte[] compressedData(Path jpeg) throws Exception {
        byte[] bytes = Files.readAllBytes(jpeg);
        long offset = JpegHeader.read(jpeg).scanOffset();
        return Arrays.copyOfRange(bytes, (int) offset, bytes.length);
    }

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
}
