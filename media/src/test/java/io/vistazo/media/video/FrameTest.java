package io.vistazo.media.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vistazo.core.domain.MediaFormat;
import io.vistazo.core.port.out.VideoProcessor.VideoProbe;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Poster frames: JCodec for H.264, ffmpeg for the rest, a generated poster when neither can, within a time limit. */
class FrameTest {

    @TempDir
    Path workDir;

    /** ffmpeg is switched off, so a green marker proves JCodec decoded the frame at 1 s. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "h264-baseline.mp4, MP4, 160, 120, 0",
        "h264-baseline-aac.mp4, MP4, 160, 120, 0",
        "h264-main.mp4, MP4, 160, 120, 0",
        "h264-high.mp4, MP4, 160, 120, 0",
        "h264-high-aac.mp4, MP4, 160, 120, 0",
        "h264-wide.mp4, MP4, 640, 360, 0",
        "h264.mov, MOV, 160, 120, 0",
        "rotated.mov, MOV, 120, 160, 270",
    })
    void jcodecDecodesH264AtAQuarterOfTheDuration(String fixture, MediaFormat format, int width, int height,
                                                  int rotation) {
        BufferedImage frame = frame(new JcodecVideoProcessor(settings(null)), fixture, format);
        assertThat(frame.getWidth()).isEqualTo(width);
        assertThat(frame.getHeight()).isEqualTo(height);
        VideoFixtures.assertMarker(frame, rotation, VideoFixtures.GREEN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"vp8.webm", "vp9.webm", "av1.webm", "hevc.mp4", "h264-high10.mp4"})
    void streamsJcodecCannotDecodeGoToFfmpeg(String fixture) {
        VideoFixtures.requireFfmpeg();
        BufferedImage frame = frame(new JcodecVideoProcessor(settings("ffmpeg")), fixture, formatOf(fixture));
        assertThat(frame.getWidth()).isEqualTo(160);
        assertThat(frame.getHeight()).isEqualTo(120);
        VideoFixtures.assertMarker(frame, 0, VideoFixtures.GREEN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"vp9.webm", "hevc.mp4", "h264-high10.mp4"})
    void withoutFfmpegTheyGetAGeneratedPoster(String fixture) {
        for (String ffmpeg : new String[] {null, "/nonexistent/bin/ffmpeg"}) {
            BufferedImage frame = frame(new JcodecVideoProcessor(settings(ffmpeg)), fixture, formatOf(fixture));
            assertThat(frame.getWidth()).isEqualTo(160);
            assertThat(frame.getHeight()).isEqualTo(120);
            VideoFixtures.assertPoster(frame);
        }
    }

    @Test
    void postersKeepTheAspectRatioWithinTheirSizeLimit() {
        BufferedImage wide = Posters.paint(3840, 2160);
        assertThat(wide.getWidth()).isEqualTo(Posters.MAX_SIDE);
        assertThat(wide.getHeight()).isEqualTo(720);
        BufferedImage tall = Posters.paint(1080, 1920);
        assertThat(tall.getWidth()).isEqualTo(720);
        assertThat(tall.getHeight()).isEqualTo(Posters.MAX_SIDE);
        BufferedImage small = Posters.paint(160, 120);
        assertThat(small.getWidth()).isEqualTo(160);
        // The play button is white in the middle of the dark frame.
        VideoFixtures.assertColour(small, 80, 60, 0xFFFFFF);
        VideoFixtures.assertPoster(small);
    }

    @Test
    void anExtractionOverTheTimeLimitFallsBackToThePoster() {
        VideoSettings instant = settings("ffmpeg").withFrameTimeout(Duration.ofNanos(1));
        BufferedImage frame = frame(new JcodecVideoProcessor(instant), "h264-high.mp4", MediaFormat.MP4);
        VideoFixtures.assertPoster(frame);
    }

    /** JCodec sizes its pictures from the SPS: only 8-bit 4:2:0 H.264 within the pixel budget goes to it. */
    @Test
    void jcodecIsOnlyGivenStreamsItCanDecodeWithinItsBudget() {
        assertThat(IsoProbe.read(VideoFixtures.path("h264-high.mp4")).h264Pixels()).isEqualTo(160 * 128);
        assertThat(IsoProbe.read(VideoFixtures.path("h264-wide.mp4")).h264Pixels()).isEqualTo(640 * 368);
        assertThat(IsoProbe.read(VideoFixtures.path("h264-high10.mp4")).h264Pixels()).isZero();
        assertThat(IsoProbe.read(VideoFixtures.path("hevc.mp4")).h264Pixels()).isZero();
        VideoTrack uhd = new VideoTrack("avc1", 3840, 2160, 4, 0, 3840L * 2160);
        assertThat(JcodecFrames.canDecode(uhd)).isTrue();
        assertThat(JcodecFrames.canDecode(new VideoTrack("avc1", 160, 120, 4, 0, 7680L * 4320))).isFalse();
    }

    /** With ffmpeg installed, JCodec gets half the time limit before ffmpeg takes over. */
    @Test
    void jcodecStopsDecodingAtItsDeadline() {
        Path clip = VideoFixtures.path("h264-high.mp4");
        VideoTrack track = IsoProbe.read(clip);
        assertThatThrownBy(() -> JcodecFrames.grab(clip, track, 1, System.nanoTime() - 1))
                .isInstanceOf(TimeoutException.class);
    }

    /** The moov box is whole, the picture data cut: measured, then never a failed upload. */
    @Test
    void aClipWhosePicturesAreCutOffStillGetsAFrame() throws IOException {
        byte[] clip = VideoFixtures.bytes("h264-high.mp4");
        int mdat = VideoProbeTest.indexOf(clip, "mdat");
        Path cut = Files.write(workDir.resolve("cut.mp4"), Arrays.copyOf(clip, mdat + 200));
        JcodecVideoProcessor processor = new JcodecVideoProcessor(settings(null));
        try {
            VideoProbe probe = processor.probe(cut, MediaFormat.MP4);
            assertThat(probe.durationSeconds()).isEqualTo(4);
            BufferedImage frame = VideoFixtures.decode(processor.frame(cut, probe, workDir));
            assertThat(frame.getWidth()).isEqualTo(160);
        } finally {
            processor.close();
        }
    }

    @Test
    void framesAreWrittenIntoTheWorkFolderAsJpeg() {
        JcodecVideoProcessor processor = new JcodecVideoProcessor(settings(null));
        try {
            Path clip = VideoFixtures.path("h264-main.mp4");
            Path frame = processor.frame(clip, processor.probe(clip, MediaFormat.MP4), workDir);
            assertThat(frame.getParent()).isEqualTo(workDir);
            assertThat(frame.getFileName().toString()).endsWith(".jpeg");
            assertThat(JpegFiles.isJpeg(frame)).isTrue();
        } finally {
            processor.close();
        }
    }

    private BufferedImage frame(JcodecVideoProcessor processor, String fixture, MediaFormat format) {
        try {
            Path clip = VideoFixtures.path(fixture);
            return VideoFixtures.decode(processor.frame(clip, processor.probe(clip, format), workDir));
        } finally {
            processor.close();
        }
    }

    private static VideoSettings settings(String ffmpeg) {
        return new VideoSettings(VideoSettings.DEFAULT_MAX_BYTES, 3600, Duration.ofSeconds(30), ffmpeg);
    }

    private static MediaFormat formatOf(String fixture) {
        return fixture.endsWith(".webm") ? MediaFormat.WEBM : MediaFormat.MP4;
    }
}
