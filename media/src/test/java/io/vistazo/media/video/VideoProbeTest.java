package io.vistazo.media.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.vistazo.core.domain.MediaFormat;
import io.vistazo.core.domain.Refusal;
import io.vistazo.core.port.out.VideoProcessor.VideoProbe;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dimensions and durations from the containers, and every refusal. */
class VideoProbeTest {

    private final JcodecVideoProcessor processor = new JcodecVideoProcessor(VideoSettings.defaults());

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        processor.close();
    }

    @ParameterizedTest(name = "{0}: {1} {2}x{3} {4} s")
    @CsvSource({
        "h264-baseline.mp4, MP4, 160, 120, 4",
        "h264-baseline-aac.mp4, MP4, 160, 120, 4",
        "h264-main.mp4, MP4, 160, 120, 4",
        "h264-high.mp4, MP4, 160, 120, 4",
        "h264-high-aac.mp4, MP4, 160, 120, 4",
        "h264-wide.mp4, MP4, 640, 360, 4",
        "h264-high10.mp4, MP4, 160, 120, 4",
        "hevc.mp4, MP4, 160, 120, 4",
        "h264.mov, MOV, 160, 120, 4",
        // Stored 160x120 with a quarter-turn display matrix: shown upright, as the frame is.
        "rotated.mov, MOV, 120, 160, 4",
        "vp8.webm, WEBM, 160, 120, 4",
        "vp9.webm, WEBM, 160, 120, 4",
        "av1.webm, WEBM, 160, 120, 4",
        // No Duration element: the last block starts at 3.93 s.
        "vp8-live.webm, WEBM, 160, 120, 3",
    })
    void readsDimensionsAndDurationFromTheContainer(String fixture, MediaFormat format, int width, int height,
                                                    int seconds) {
        assertThat(processor.probe(VideoFixtures.path(fixture), format))
                .isEqualTo(new VideoProbe(format, width, height, seconds));
    }

    @Test
    void quarterTurnsComeFromTheDisplayMatrix() {
        int one = 0x10000;
        assertThat(IsoProbe.rotation(new int[] {one, 0, 0, 0, one, 0, 0, 0, 0x40000000})).isZero();
        assertThat(IsoProbe.rotation(new int[] {0, one, 0, -one, 0, 0, 0, 0, 0x40000000})).isEqualTo(90);
        assertThat(IsoProbe.rotation(new int[] {-one, 0, 0, 0, -one, 0, 0, 0, 0x40000000})).isEqualTo(180);
        assertThat(IsoProbe.rotation(new int[] {0, -one, 0, one, 0, 0, 0, 0, 0x40000000})).isEqualTo(270);
    }

    @ParameterizedTest
    @CsvSource({"fake.mp4, MP4", "truncated.mp4, MP4", "fake.mp4, MOV", "h264-baseline.mp4, WEBM",
            "vp8.webm, MP4"})
    void filesThatOnlyClaimToBeVideosAreRefused(String fixture, MediaFormat format) {
        assertRefused(VideoFixtures.path(fixture), format, 610, "Can't get target upload source info");
    }

    @Test
    void aMoovBoxClaimingMoreThanTheFileIsRefusedBeforeAnythingIsRead() throws IOException {
        byte[] clip = VideoFixtures.bytes("h264-baseline.mp4");
        int moov = indexOf(clip, "moov") - 4;
        ByteBuffer.wrap(clip).putInt(moov, 0x7FFF_FFF0);
        assertRefused(write("huge-moov.mp4", clip), MediaFormat.MP4, 610, "Can't get target upload source info");
    }

    /** JCodec would allocate an int per declared sample before reading them. */
    @Test
    void aForgedSampleCountIsRefusedBeforeJcodecAllocatesForIt() throws IOException {
        byte[] clip = VideoFixtures.bytes("h264-baseline.mp4");
        int stsz = indexOf(clip, "stsz");
        // version/flags, default size 0, then the count.
        ByteBuffer.wrap(clip).putInt(stsz + 12, 0x7FFF_FFFF);
        assertRefused(write("forged-count.mp4", clip), MediaFormat.MP4, 610, "Can't get target upload source info");
    }

    @Test
    void absurdDimensionsAreRefused() throws IOException {
        byte[] clip = VideoFixtures.bytes("h264-baseline.mp4");
        // avc1 sample entry: 6 reserved, data reference, version, revision, vendor, 2 qualities, then width.
        int width = indexOf(clip, "avc1", indexOf(clip, "stsd")) + 4 + 24;
        ByteBuffer.wrap(clip).putShort(width, (short) 9000);
        assertRefused(write("wide.mp4", clip), MediaFormat.MP4, 610,
                "Video too large: 9000x120 is more than 8192 pixels wide or high");

        assertRefused(write("wide.webm", WebmBuilder.video(9000, 100, 4000.0)), MediaFormat.WEBM, 610,
                "Video too large: 9000x100 is more than 8192 pixels wide or high");
    }

    @Test
    void aHandBuiltWebmIsReadByTheEbmlReader() throws IOException {
        assertThat(processor.probe(write("built.webm", WebmBuilder.video(320, 240, 2500.0)), MediaFormat.WEBM))
                .isEqualTo(new VideoProbe(MediaFormat.WEBM, 320, 240, 2));
    }

    @Test
    void videosOverTheSizeLimitAreRefused() {
        JcodecVideoProcessor small = new JcodecVideoProcessor(new VideoSettings(5_000, 3600, Duration.ofSeconds(5),
                null));
        try {
            Refusal error = catchThrowableOfType(Refusal.class,
                    () -> small.probe(VideoFixtures.path("h264-baseline.mp4"), MediaFormat.MP4));
            assertThat(error.code()).isEqualTo(400);
            assertThat(error.getMessage()).isEqualTo("File too big - max 5 KB");
        } finally {
            small.close();
        }
    }

    @Test
    void videosOverTheDurationLimitAreRefused() {
        JcodecVideoProcessor brief = new JcodecVideoProcessor(new VideoSettings(1_000_000, 3, Duration.ofSeconds(5),
                null));
        try {
            for (String fixture : new String[] {"h264-main.mp4", "vp9.webm"}) {
                MediaFormat format = fixture.endsWith(".webm") ? MediaFormat.WEBM : MediaFormat.MP4;
                Refusal error = catchThrowableOfType(Refusal.class,
                        () -> brief.probe(VideoFixtures.path(fixture), format));
                assertThat(error.getMessage()).isEqualTo("Video too long - max 00:03");
            }
        } finally {
            brief.close();
        }
    }

    @Test
    void aVideoWithoutDurationIsInvalidAsInChevereto() throws IOException {
        byte[] clip = VideoFixtures.bytes("h264-baseline.mp4");
        zeroDuration(clip, "mvhd", 16);
        zeroDuration(clip, "tkhd", 20);
        zeroDuration(clip, "mdhd", 16);
        assertRefused(write("no-duration.mp4", clip), MediaFormat.MP4, 100, "Invalid video file provided");
        assertRefused(write("no-duration.webm", WebmBuilder.video(320, 240, 0.0)), MediaFormat.WEBM, 100,
                "Invalid video file provided");
    }

    /** Version-0 header boxes: version/flags, two 32-bit dates, then timescale (tkhd: track ID, reserved). */
    private static void zeroDuration(byte[] clip, String box, int offsetAfterType) {
        int at = indexOf(clip, box) + 4 + offsetAfterType;
        ByteBuffer.wrap(clip).putInt(at, 0);
    }

    private void assertRefused(Path file, MediaFormat format, int code, String message) {
        Refusal error = catchThrowableOfType(Refusal.class, () -> processor.probe(file, format));
        assertThat(error).as("refusal of %s", file.getFileName()).isNotNull();
        assertThat(error.code()).isEqualTo(code);
        assertThat(error.getMessage()).isEqualTo(message);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    static int indexOf(byte[] data, String ascii) {
        return indexOf(data, ascii, 0);
    }

    static int indexOf(byte[] data, String ascii, int from) {
        byte[] needle = ascii.getBytes(StandardCharsets.ISO_8859_1);
        for (int i = from; i + needle.length <= data.length; i++) {
            if (Arrays.equals(data, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        throw new IllegalArgumentException("not found");
    }
}
