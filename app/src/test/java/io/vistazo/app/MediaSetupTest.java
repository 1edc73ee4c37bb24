package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.vistazo.media.ExifPolicy;
import io.vistazo.media.HeifSettings;
import io.vistazo.media.MediaSettings;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MediaSetupTest {

    private static MediaSettings parse(Map<String, String> flags) {
        return MediaSetup.from(Settings.load(flags, Map.of()));
    }

    @Test
    void defaultsKeepEverythingButTheLocation() {
        MediaSettings settings = parse(Map.of());

        assertThat(settings.exifPolicy()).isEqualTo(ExifPolicy.KEEP_GPS_FREE);
        assertThat(settings.maxPixels()).isEqualTo(100_000_000L);
        assertThat(settings.maxConcurrentDecodes()).isEqualTo(Runtime.getRuntime().availableProcessors());
    }

    @Test
    void readsTheThreeSettings() {
        MediaSettings settings = parse(Map.of("exif", "strip-all", "max-pixels", "50_000_000",
                "max-concurrent-decodes", "3"));

        assertThat(settings.exifPolicy()).isEqualTo(ExifPolicy.STRIP_ALL);
        assertThat(settings.maxPixels()).isEqualTo(50_000_000L);
        assertThat(settings.maxConcurrentDecodes()).isEqualTo(3);
    }

    @Test
    void heifDecoderIsLookedUpUnlessNamedOrSwitchedOff() {
        HeifSettings defaults = parse(Map.of()).heif();
        assertThat(defaults.commands()).containsExactly("heif-dec", "heif-convert");
        assertThat(defaults.timeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(defaults.keepOriginal()).isTrue();

        HeifSettings named = parse(Map.of("heif", "/opt/libheif/bin/heif-dec", "heif-timeout", "1500ms",
                "heic-keep-original", "off")).heif();
        assertThat(named.commands()).containsExactly("/opt/libheif/bin/heif-dec");
        assertThat(named.timeout()).isEqualTo(Duration.ofMillis(1500));
        assertThat(named.keepOriginal()).isFalse();

        assertThat(parse(Map.of("heif", "off")).heif().commands()).isEmpty();
    }

    @Test
    void refusesNonsense() {
        assertThatIllegalArgumentException().isThrownBy(() -> parse(Map.of("heic-keep-original", "maybe")));
        assertThatIllegalArgumentException().isThrownBy(() -> parse(Map.of("heif-timeout", "soon")));
        assertThatIllegalArgumentException().isThrownBy(() -> parse(Map.of("exif", "keep-some")));
        assertThatIllegalArgumentException().isThrownBy(() -> parse(Map.of("max-pixels", "lots")));
        assertThatIllegalArgumentException().isThrownBy(() -> parse(Map.of("max-concurrent-decodes", "0")));
    }
}
