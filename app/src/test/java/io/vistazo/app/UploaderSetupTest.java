package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vistazo.core.domain.MediaFormat;
import io.vistazo.core.domain.UrlUploads;
import io.vistazo.http.web.UploaderSettings;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The web uploader's settings: defaults as in the README, and parsing. */
class UploaderSetupTest {

    private static UploaderSettings from(Map<String, String> flags) {
        return UploaderSetup.from(Settings.load(flags, Map.of()));
    }

    @Test
    void defaultsAreTwoThreadsNoGuestsAndTheFormatsTheServerStores() {
        UploaderSettings settings = from(Map.of());

        assertThat(settings.threads()).isEqualTo(2);
        assertThat(settings.guestUploads()).isFalse();
        assertThat(settings.urlUploads()).isEqualTo(UrlUploads.USERS);
        assertThat(settings.formats()).contains(MediaFormat.JPEG, MediaFormat.PNG, MediaFormat.MP4, MediaFormat.WEBM,
                MediaFormat.AVIF, MediaFormat.HEIC).doesNotContain(MediaFormat.TIFF, MediaFormat.SVG);
    }

    @Test
    void theUploaderOffersOnlyWhatTheServerStores() {
        UploaderSettings settings = UploaderSetup.storedBy(from(Map.of()),
                format -> format != MediaFormat.AVIF && format != MediaFormat.HEIC);

        assertThat(settings.formats()).contains(MediaFormat.JPEG, MediaFormat.WEBM)
                .doesNotContain(MediaFormat.AVIF, MediaFormat.HEIC);
    }

    @Test
    void settingsAreRead() {
        UploaderSettings settings = from(Map.of("upload-threads", "4", "web-guest-uploads", "on",
                "url-uploads", "admin"));

        assertThat(settings.threads()).isEqualTo(4);
        assertThat(settings.guestUploads()).isTrue();
        assertThat(settings.urlUploads()).isEqualTo(UrlUploads.ADMIN);
    }

    @Test
    void nonsenseIsRefusedAtStart() {
        assertThatThrownBy(() -> from(Map.of("upload-threads", "0"))).hasMessageContaining("upload-threads");
        assertThatThrownBy(() -> from(Map.of("web-guest-uploads", "maybe"))).hasMessageContaining("on or off");
    }
}
