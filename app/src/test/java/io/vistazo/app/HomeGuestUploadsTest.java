package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With {@code web-guest-uploads=on} the home page invites visitors to upload, not to sign in first. */
class HomeGuestUploadsTest {

    @Test
    void visitorsAreInvitedToUpload(@TempDir Path dataDir) {
        try (TestServer server = TestServer.start(dataDir, HttpEngine.JDK, "web-guest-uploads", "on")) {
            String home = Browser.text(new Browser(server).get("/?lang=es"));

            assertThat(home).contains("id=\"cta-upload\" href=\"/upload\">Comenzar a subir</a>")
                    .doesNotContain("cta-sign-in");
        }
    }
}
