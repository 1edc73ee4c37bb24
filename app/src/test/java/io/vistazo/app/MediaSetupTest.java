package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.vistazo.media.ExifPolicy;
import io.vistazo.media.MediaSettings;
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
    void refusesNonsense() {
        assertThatIllegalArgumentException().isThrownBy(() -> parse(Map.of("exif", "keep-some")));
        assertThatIllegalArgumentException().isThrownBy(() -> parse(Map.of("max-pixels", "lots")));
        assertThatIllegalArgumentException().isThrownBy(() -> parse(Map.of("max-concurrent-decodes", "0")));
    }
}
