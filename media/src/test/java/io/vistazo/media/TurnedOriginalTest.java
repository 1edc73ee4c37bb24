package io.vistazo.media;

import static io.vistazo.media.testing.Fixtures.decode;
import static org.assertj.core.api.Assertions.assertThat;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.icc.IccDirectory;
import com.drew.metadata.iptc.IptcDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import io.vistazo.core.domain.DerivativeSizes;
import io.vistazo.core.port.out.ImageProcessor.Probe;
import io.vistazo.core.port.out.ImageProcessor.RenderRequest;
import io.vistazo.core.port.out.ImageProcessor.Rendition;
import io.vistazo.media.JpegHeader.Segment;
import io.vistazo.media.testing.Fixtures;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A photo stored turned, with EXIF orientation 6 (every portrait phone photo): its original is kept as sent, with
 * its compressed data, orientation tag and ICC profile, and only the policy's metadata edits; its reported size and
 * its thumb and medium are upright.
 */
class TurnedOriginalTest {

    @TempDir
    Path dir;

    private Path work;
    private Path phonePhoto;

    @BeforeEach
    void phonePhoto() throws Exception {
        work = Fixtures.mkdirs(dir.resolve("work"));
        phonePhoto = withSrgbProfile(Fixtures.path("gps-rotated.jpg"), dir.resolve("phone.jpg"));
    }

    @Test
    void gpsFreeKeepsTheCompressedDataOrientationAndProfileAndDropsOnlyTheLocation() throws Exception {
        Rendition rendition = render(ExifPolicy.KEEP_GPS_FREE, phonePhoto);

        assertThat(rendition.main()).isNotEqualTo(phonePhoto);
        assertOnlyMetadataChanged(rendition.main(), phonePhoto);
        Metadata stored = ImageMetadataReader.readMetadata(rendition.main().toFile());
        ExifIFD0Directory exif = stored.getFirstDirectoryOfType(ExifIFD0Directory.class);
        assertThat(exif.getInteger(ExifIFD0Directory.TAG_ORIENTATION)).isEqualTo(6);
        assertThat(exif.getString(ExifIFD0Directory.TAG_MAKE)).isEqualTo("Vistazo");
        assertThat(stored.getDirectoriesOfType(GpsDirectory.class)).isEmpty();
        assertThat(stored.getFirstDirectoryOfType(XmpDirectory.class).getXmpProperties())
                .doesNotContainKey("exif:GPSLatitude");
        assertThat(stored.getDirectoriesOfType(IccDirectory.class)).isNotEmpty();
    }

    @Test
    void stripAllLeavesAnExifBlockWithTheOrientationAloneAndKeepsTheProfile() throws Exception {
        Rendition rendition = render(ExifPolicy.STRIP_ALL, phonePhoto);

        assertOnlyMetadataChanged(rendition.main(), phonePhoto);
        Metadata stored = ImageMetadataReader.readMetadata(rendition.main().toFile());
        List<ExifIFD0Directory> exif = new ArrayList<>(stored.getDirectoriesOfType(ExifIFD0Directory.class));
        assertThat(exif).hasSize(1);
        assertThat(exif.get(0).getTags()).singleElement()
                .satisfies(tag -> assertThat(tag.getTagType()).isEqualTo(ExifIFD0Directory.TAG_ORIENTATION));
        assertThat(exif.get(0).getInteger(ExifIFD0Directory.TAG_ORIENTATION)).isEqualTo(6);
        for (Class<? extends Directory> gone : List.of(ExifSubIFDDirectory.class, GpsDirectory.class,
                XmpDirectory.class, IptcDirectory.class)) {
            assertThat(stored.getDirectoriesOfType(gone)).as(gone.getSimpleName()).isEmpty();
        }
        assertThat(stored.getDirectoriesOfType(IccDirectory.class)).isNotEmpty();
        assertThat(new String(Files.readAllBytes(rendition.main()), StandardCharsets.ISO_8859_1))
                .doesNotContain("Vistazo");
    }

    @Test
    void keepAllStoresTheFileAsSent() {
        assertThat(render(ExifPolicy.KEEP_ALL, phonePhoto).main()).isEqualTo(phonePhoto);
    }

    @ParameterizedTest
    @EnumSource(ExifPolicy.class)
    void sizeThumbAndMediumAreUpright(ExifPolicy policy) {
        ImgscalrImageProcessor processor = processor(policy);
        Probe probe = processor.probe(phonePhoto);

        Rendition rendition = processor.render(phonePhoto, probe,
                new RenderRequest(0, new DerivativeSizes(320, 320, 100), work));

        OrientationTest.assertUprightFixtureRendition(probe, rendition);
        // The stored pixels are still the sent ones, 80×120: the tag turns them for display.
        BufferedImage stored = decode(rendition.main());
        assertThat(stored.getWidth()).isEqualTo(80);
        assertThat(stored.getHeight()).isEqualTo(120);
    }

    /** Large enough to be decoded subsampled (3 and 4), then turned. */
    @ParameterizedTest(name = "orientation {0}")
    @ValueSource(ints = {3, 6, 8})
    void aLargeTurnedPhotoIsDecodedSubsampledAndItsDerivativesAreUpright(int orientation) throws Exception {
        Path fixture = Fixtures.path("orientation-" + orientation + ".jpg");
        Path large = enlarged(fixture, 25, dir.resolve("large-" + orientation + ".jpg"));
        ImgscalrImageProcessor processor = processor(ExifPolicy.KEEP_GPS_FREE);
        Probe probe = processor.probe(large);

        Rendition rendition = processor.render(large, probe,
                new RenderRequest(0, new DerivativeSizes(320, 320, 500), work));

        assertThat(rendition.main()).isEqualTo(large);
        assertThat(rendition.width()).isEqualTo(3000);
        assertThat(rendition.height()).isEqualTo(2000);
        OrientationTest.assertUprightThumbAndMedium(rendition, 333);
    }

    private ImgscalrImageProcessor processor(ExifPolicy policy) {
        return new ImgscalrImageProcessor(MediaSettings.defaults().withExifPolicy(policy));
    }

    private Rendition render(ExifPolicy policy, Path source) {
        ImgscalrImageProcessor processor = processor(policy);
        return processor.render(source, processor.probe(source),
                new RenderRequest(0, new DerivativeSizes(320, 320, 500), work));
    }

    /**
     * The stored file differs from the sent one in EXIF, XMP, IPTC and comments at most: the same compressed data,
     * the same tables, frame header and ICC profile in the same order, and so the same decoded pixels.
     */
    private static void assertOnlyMetadataChanged(Path stored, Path sent) throws Exception {
        assertThat(ExifPolicyTest.compressedData(stored)).isEqualTo(ExifPolicyTest.compressedData(sent));
        assertThat(nonMetadata(stored)).isEqualTo(nonMetadata(sent));
        assertThat(pixels(stored)).isEqualTo(pixels(sent));
    }

    /** Marker and payload of each segment that is not metadata, as text for a readable comparison. */
    private static List<String> nonMetadata(Path jpeg) {
        return JpegHeader.read(jpeg).segments().stream().filter(segment -> !segment.isMetadata())
                .map(segment -> Integer.toHexString(segment.marker()) + ":"
                        + HexFormat.of().formatHex(segment.payload()))
                .toList();
    }

    private static int[] pixels(Path file) {
        BufferedImage image = decode(file);
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    /** {@code source} with the JDK's sRGB profile in an APP2 segment after its EXIF block, as phones write it. */
    static Path withSrgbProfile(Path source, Path target) {
        JpegHeader header = JpegHeader.read(source);
        List<Segment> segments = new ArrayList<>(header.segments());
        int exif = segments.indexOf(segments.stream().filter(Segment::isExif).findFirst().orElseThrow());
        byte[] profile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        byte[] payload = new byte[14 + profile.length];
        byte[] preamble = "ICC_PROFILE\0".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(preamble, 0, payload, 0, preamble.length);
        payload[12] = 1;
        payload[13] = 1;
        System.arraycopy(profile, 0, payload, 14, profile.length);
        segments.add(exif + 1, new Segment(JpegHeader.APP2, payload));
        JpegHeader.rewrite(source, header.scanOffset(), segments, target);
        return target;
    }

    /** The fixture's stored pixels {@code factor} times larger, re-encoded, with the fixture's EXIF block. */
    private static Path enlarged(Path fixture, int factor, Path target) throws Exception {
        BufferedImage small = decode(fixture);
        BufferedImage large = new BufferedImage(small.getWidth() * factor, small.getHeight() * factor,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = large.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION,
                    RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            graphics.drawImage(small, 0, 0, large.getWidth(), large.getHeight(), null);
        } finally {
            graphics.dispose();
        }
        Path plain = Fixtures.write(large, "jpeg", target.resolveSibling("plain-" + target.getFileName()));
        JpegHeader encoded = JpegHeader.read(plain);
        List<Segment> segments = new ArrayList<>(encoded.segments());
        Segment exif = JpegHeader.read(fixture).segments().stream().filter(Segment::isExif).findFirst()
                .orElseThrow();
        segments.add(segments.get(0).marker() == JpegHeader.APP0 ? 1 : 0, exif);
        JpegHeader.rewrite(plain, encoded.scanOffset(), segments, target);
        return target;
    }
}
