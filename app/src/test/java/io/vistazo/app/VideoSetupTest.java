package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vistazo.media.video.VideoSettings;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The video settings of the README's configuration table. */
class VideoSetupTest {

    @Test
    void defaultsMatchTheReadme() {
        VideoSettings video = VistazoConfig.from(Settings.load(Map.of(), Map.of())).video();
        assertThat(video.maxBytes()).isEqualTo(500_000_000L);
        assertThat(video.maxDurationSeconds()).isEqualTo(3600);
        assertThat(video.frameTimeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(video.ffmpeg()).isEqualTo("ffmpeg");
    }

    @Test
    void everySettingIsRead() {
        VideoSettings video = VistazoConfig.from(Settings.load(Map.of("video-max-size", "2 GB",
                "video-max-duration", "600", "video-frame-timeout", "5", "ffmpeg", "/opt/ffmpeg/bin/ffmpeg"),
                Map.of())).video();
        assertThat(video).isEqualTo(new VideoSettings(2_000_000_000L, 600, Duration.ofSeconds(5),
                "/opt/ffmpeg/bin/ffmpeg"));
    }

    @Test
    void ffmpegCanBeSwitchedOff() {
        for (String off : new String[] {"off", "none", "OFF", "false"}) {
            assertThat(VistazoConfig.from(Settings.load(Map.of("ffmpeg", off), Map.of())).video().ffmpeg())
                    .isNull();
        }
    }

    @Test
    void badValuesAreExplained() {
        assertThatThrownBy(() -> VistazoConfig.from(Settings.load(Map.of("video-max-duration", "0"), Map.of())))
                .hasMessageContaining("video limits must be positive");
        assertThatThrownBy(() -> VistazoConfig.from(Settings.load(Map.of("video-max-size", "big"), Map.of())))
                .hasMessageContaining("not a size");
    }
}
