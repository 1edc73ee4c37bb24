package io.vistazo.media;

import static io.vistazo.media.testing.Fixtures.assertColour;
import static io.vistazo.media.testing.Fixtures.decode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.drew.metadata.Metadata;
import io.vistazo.core.domain.DerivativeSizes;
import io.vistazo.core.domain.MediaFormat;
import io.vistazo.core.domain.Refusal;
import io.vistazo.core.port.out.ImageProcessor.Probe;
import io.vistazo.core.port.out.ImageProcessor.RenderRequest;
import io.vistazo.core.port.out.ImageProcessor.Rendition;
import io.vistazo.media.testing.Fixtures;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HEIC and AVIF through libheif's real command-line decoder (Debian {@code libheif-examples}, which {@code .ci/run}
 * installs), on fixtures made by real encoders (see {@code src/test/fixture-generator/heif-fixtures.sh}).
 */
class HeifTest {

    private static final String TITLE = "Café con leche en Tōkyō 東京";
    private static final int RED = 0xDC0000;
    private static final int GREEN = 0x00A000;
    private static final int BLUE = 0x0000C8;

    private final ImgscalrImageProcessor processor = new ImgscalrImageProcessor();

    @TempDir
    Path workDir;

    private static Path fixture(String name) {
        return Fixtures.path("heif/" + name);
    }

    private Rendition render(ImgscalrImageProcessor with, Path source) {
        return with.render(source, with.probe(source),
                new RenderRequest(0, new DerivativeSizes(320, 320, 500), workDir));
    }

    @Test
    void iphonePhotoIsProbedUprightWithItsTitleAndNoLocation() {
        Probe probe = processor.probe(fixture("iphone.heic"));

        assertThat(probe.format()).isEqualTo(MediaFormat.HEIC);
        // 96x72 sensor pixels turned by irot: shown as a 72x96 portrait.
        assertThat(probe.width()).isEqualTo(72);
        assertThat(probe.height()).isEqualTo(96);
        assertThat(probe.animated()).isFalse();
        assertThat(probe.metadata().title()).isEqualTo(TITLE);
        assertThat(probe.metadata().exifJson()).contains("\"Model\":\"iPhone 15 Pro\"").doesNotContain("GPS");
    }

    @Test
    void iphonePhotoIsStoredAsAnUprightJpegWithoutLocationAndKeepsItsOriginal() {
        Rendition rendition = render(processor, fixture("iphone.heic"));

        assertThat(rendition.mainFormat()).isEqualTo(MediaFormat.JPEG);
        assertThat(Sniffer.sniff(rendition.main())).contains(MediaFormat.JPEG);
        assertThat(rendition.width()).isEqualTo(72);
        assertThat(rendition.height()).isEqualTo(96);
        BufferedImage main = decode(rendition.main());
        assertThat(main.getWidth()).isEqualTo(72);
        // The sensor's top-left red corner is at the top right once upright; green above blue.
        assertColour(main, 66, 6, RED);
        assertColour(main, 10, 30, GREEN);
        assertColour(main, 36, 80, BLUE);
        JpegHeader header = JpegHeader.read(rendition.main());
        assertThat(JpegMetadata.orientation(header.segments())).isEqualTo(Orientation.NORMAL);
        Metadata stored = MetadataReading.of(header);
        assertThat(MetadataReading.hasGps(stored)).isFalse();
        assertThat(MetadataFacts.of(stored, ExifPolicy.KEEP_ALL).title()).isEqualTo(TITLE);
        assertThat(MetadataFacts.of(stored, ExifPolicy.KEEP_ALL).exifJson()).contains("iPhone 15 Pro");

        BufferedImage thumb = decode(rendition.thumb());
        assertThat(Sniffer.sniff(rendition.thumb())).contains(MediaFormat.JPEG);
        assertThat(thumb.getWidth()).isEqualTo(320);
        assertColour(thumb, 300, 20, RED);
        assertColour(thumb, 60, 40, GREEN);
        assertColour(thumb, 160, 300, BLUE);
        assertThat(rendition.medium()).isNull();

        assertThat(rendition.original()).isNotNull();
        assertThat(Sniffer.sniff(rendition.original())).contains(MediaFormat.HEIC);
        HeifContainer original = HeifContainer.read(rendition.original());
        Metadata kept = HeifMetadata.read(rendition.original(), original).metadata();
        assertThat(MetadataReading.hasGps(kept)).isFalse();
        assertThat(MetadataFacts.of(kept, ExifPolicy.KEEP_ALL).title()).isEqualTo(TITLE);
        assertThat(MetadataFacts.of(kept, ExifPolicy.KEEP_ALL).exifJson()).contains("iPhone 15 Pro");
        // Still a HEIC libheif reads: only the metadata bytes changed.
        Rendition again = render(processor, rendition.original());
        assertThat(again.width()).isEqualTo(72);
    }

    @Test
    void heicKeepsItsIccProfileInTheStoredJpeg() {
        Rendition rendition = render(processor, fixture("icc.heic"));

        assertThat(iccProfile(rendition.main())).isNotNull().isEqualTo(iccProfile(Fixtures.path("icc.jpg")));
    }

    private static byte[] iccProfile(Path jpeg) {
        return JpegHeader.read(jpeg).segments().stream()
                .filter(segment -> segment.marker() == JpegHeader.APP2)
                .map(JpegHeader.Segment::payload)
                .filter(payload -> new String(payload, 0, 11, java.nio.charset.StandardCharsets.US_ASCII)
                        .equals("ICC_PROFILE"))
                .findFirst().orElse(null);
    }

    @Test
    void originalIsDroppedWhenNotKeptAndMetadataFollowsStripAll() {
        ImgscalrImageProcessor stripping = new ImgscalrImageProcessor(MediaSettings.defaults()
                .withExifPolicy(ExifPolicy.STRIP_ALL).withHeif(HeifSettings.defaults().withKeepOriginal(false)));

        Rendition rendition = render(stripping, fixture("iphone.heic"));

        assertThat(rendition.original()).isNull();
        Metadata stored = MetadataReading.of(JpegHeader.read(rendition.main()));
        assertThat(MetadataFacts.of(stored, ExifPolicy.KEEP_ALL).exifJson()).isNull();
        assertThat(MetadataFacts.of(stored, ExifPolicy.KEEP_ALL).title()).isNull();
    }

    @Test
    void keepAllKeepsTheLocationInBothFiles() {
        ImgscalrImageProcessor keeping = new ImgscalrImageProcessor(MediaSettings.defaults()
                .withExifPolicy(ExifPolicy.KEEP_ALL));

        Rendition rendition = render(keeping, fixture("iphone.heic"));

        assertThat(MetadataReading.hasGps(MetadataReading.of(JpegHeader.read(rendition.main())))).isTrue();
        assertThat(rendition.original()).isEqualTo(fixture("iphone.heic"));
    }

    @Test
    void avifWithAlphaIsStoredAsItselfWithJpegThumbOnWhite() {
        Path source = fixture("alpha.avif");
        Probe probe = processor.probe(source);

        Rendition rendition = render(processor, source);

        assertThat(probe).isEqualTo(new Probe(MediaFormat.AVIF, 300, 600, false, 1));
        assertThat(rendition.main()).isEqualTo(source);
        assertThat(rendition.mainFormat()).isEqualTo(MediaFormat.AVIF);
        assertThat(rendition.original()).isNull();
        assertThat(Sniffer.sniff(rendition.thumb())).contains(MediaFormat.JPEG);
        BufferedImage thumb = decode(rendition.thumb());
        // tall.png: a transparent left strip, then green over yellow.
        assertColour(thumb, 2, 160, 0xFFFFFF);
        assertColour(thumb, 160, 40, 0x00FF00);
        assertThat(rendition.medium()).isNull();
    }

    @Test
    void avifKeepsItsMetadataWithoutTheLocation() {
        Path source = fixture("gps.avif");
        assertThat(MetadataReading.hasGps(HeifMetadata.read(source, HeifContainer.read(source)).metadata())).isTrue();

        Rendition rendition = render(processor, source);

        assertThat(processor.probe(source).metadata().title()).isEqualTo(TITLE);
        assertThat(rendition.mainFormat()).isEqualTo(MediaFormat.AVIF);
        assertThat(rendition.main()).isNotEqualTo(source);
        assertThat(rendition.main()).hasSize(sizeOf(source));
        Metadata stored = HeifMetadata.read(rendition.main(), HeifContainer.read(rendition.main())).metadata();
        assertThat(MetadataReading.hasGps(stored)).isFalse();
        assertThat(MetadataFacts.of(stored, ExifPolicy.KEEP_ALL).title()).isEqualTo(TITLE);
        assertThat(MetadataFacts.of(stored, ExifPolicy.KEEP_ALL).exifJson()).contains("iPhone 15 Pro");
        // Still an AVIF libheif decodes, to the same picture.
        assertColour(decode(render(processor, rendition.main()).thumb()), 20, 20, RED);
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void tenBitAvif() {
        Path source = fixture("ten-bit.avif");

        Rendition rendition = render(processor, source);

        assertThat(processor.probe(source)).isEqualTo(new Probe(MediaFormat.AVIF, 64, 48, false, 1));
        assertThat(rendition.main()).isEqualTo(source);
        BufferedImage thumb = decode(rendition.thumb());
        assertColour(thumb, 40, 40, RED);
        assertColour(thumb, 310, 310, 0xFFFFFF);
    }

    @Test
    void animatedAvifShowsItsFirstFrameAndIsMarkedAnimated() {
        Path source = fixture("animated.avif");

        Probe probe = processor.probe(source);
        Rendition rendition = render(processor, source);

        assertThat(probe).isEqualTo(new Probe(MediaFormat.AVIF, 64, 48, true, 2));
        assertThat(rendition.main()).isEqualTo(source);
        assertThat(rendition.mainFormat()).isEqualTo(MediaFormat.AVIF);
        assertColour(decode(rendition.thumb()), 40, 40, RED);
        // Chevereto makes a medium for every animated image.
        assertThat(rendition.medium()).isNotNull();
        assertThat(Sniffer.sniff(rendition.medium())).contains(MediaFormat.JPEG);
    }

    @Test
    void avifResizedIsStoredAsJpeg() {
        Path source = fixture("ten-bit.avif");

        Rendition rendition = processor.render(source, processor.probe(source),
                new RenderRequest(32, new DerivativeSizes(320, 320, 500), workDir));

        assertThat(rendition.resized()).isTrue();
        assertThat(rendition.mainFormat()).isEqualTo(MediaFormat.JPEG);
        assertThat(decode(rendition.main()).getWidth()).isEqualTo(32);
    }

    @Test
    void truncatedHeicIsRefusedBeforeDecoding() {
        Refusal error = catchThrowableOfType(Refusal.class, () -> processor.probe(fixture("truncated.heic")));

        assertThat(error.code()).isEqualTo(610);
    }

    @Test
    void heicClaimingSixtyThousandSquaredIsRefusedFromItsBoxes() {
        Refusal error = catchThrowableOfType(Refusal.class, () -> processor.probe(fixture("huge.heic")));

        assertThat(error.code()).isEqualTo(610);
        assertThat(error.getMessage()).contains("60000x60000");
    }

    @Test
    void withoutTheDecoderBothFormatsAreRefusedWith613NamingWhatToInstall() {
        ImgscalrImageProcessor without = new ImgscalrImageProcessor(MediaSettings.defaults()
                .withHeif(HeifSettings.defaults().withCommand(null)));

        for (String name : new String[] {"iphone.heic", "alpha.avif"}) {
            Refusal error = catchThrowableOfType(Refusal.class, () -> without.probe(fixture(name)));
            assertThat(error.code()).isEqualTo(613);
            assertThat(error.getMessage()).contains("libheif-examples");
        }
        assertThat(without.stores(MediaFormat.HEIC)).isFalse();
        assertThat(without.stores(MediaFormat.AVIF)).isFalse();
        assertThat(without.stores(MediaFormat.JPEG)).isTrue();
        assertThat(processor.stores(MediaFormat.HEIC)).isTrue();
    }

    @Test
    void aDecoderThatRunsTooLongIsKilledAndTheUploadRefused(@TempDir Path tools) throws IOException {
        Path slow = script(tools.resolve("slow-heif"), "exec sleep 30");
        ImgscalrImageProcessor withSlow = new ImgscalrImageProcessor(MediaSettings.defaults()
                .withHeif(HeifSettings.defaults().withCommand(slow.toString()).withTimeout(Duration.ofMillis(500))));
        Path source = fixture("iphone.heic");
        Probe probe = withSlow.probe(source);

        long start = System.nanoTime();
        Refusal error = catchThrowableOfType(Refusal.class,
                () -> withSlow.render(source, probe,
                        new RenderRequest(0, new DerivativeSizes(320, 320, 500), workDir)));

        assertThat(error.code()).isEqualTo(610);
        assertThat(error.getMessage()).contains("took longer");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void aDecoderThatFailsRefusesTheUpload(@TempDir Path tools) throws IOException {
        Path failing = script(tools.resolve("failing-heif"), "exit 1");
        ImgscalrImageProcessor withFailing = new ImgscalrImageProcessor(MediaSettings.defaults()
                .withHeif(HeifSettings.defaults().withCommand(failing.toString())));
        Path source = fixture("alpha.avif");

        Refusal error = catchThrowableOfType(Refusal.class, () -> render(withFailing, source));

        assertThat(error.code()).isEqualTo(610);
        assertThat(error.getMessage()).contains("could not read");
    }

    /** A stand-in decoder that answers {@code --help} like the real one and does {@code body} otherwise. */
    private static Path script(Path file, String body) throws IOException {
        Files.writeString(file, "#!/bin/sh\n[ \"$1\" = --help ] && exit 0\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
        return file;
    }
}
