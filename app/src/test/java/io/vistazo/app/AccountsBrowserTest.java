package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/** A person signs up by invite, changes their password and downloads a ShareX uploader that uploads. */
@Tag("browser")
class AccountsBrowserTest {

    private static final Pattern NEW_INVITE = Pattern.compile("id=\"new-invite\" readonly value=\"([^\"]+)\"");

    @TempDir
    Path dataDir;
    @TempDir
    Path downloads;

    @Test
    void signUpByInviteThenChangePasswordThenShareX() throws IOException {
        try (TestServer server = TestServer.start(dataDir, HttpEngine.JETTY, "signup", "invite")) {
            WebWorld world = new WebWorld(server);
            Matcher invite = NEW_INVITE.matcher(Browser.text(world.root.postForm("/admin/invites", "csrf",
                    world.root.csrf())));
            assertThat(invite.find()).isTrue();
            Chromium chromium = Chromium.open("en", 1200, 900);
            try {
                chromium.downloadTo(downloads);
                chromium.get(invite.group(1).replace("&amp;", "&"));
                chromium.byId("name").sendKeys("nora");
                chromium.byId("password").sendKeys("first long phrase");
                chromium.byId("confirm").sendKeys("first long phrase");
                chromium.find(By.cssSelector("form.login button[type=submit]")).click();
                // The sign-up page has a heading too: wait for the page the form leads to, then for its heading.
                assertThat(Poll.within(Duration.ofSeconds(30),
                        () -> URI.create(chromium.currentUrl()).getPath().equals("/my"))).as("signed up onto /my")
                        .isTrue();
                chromium.waitVisible(By.cssSelector("main h1"));

                chromium.get(server.uri("/my/account").toString());
                chromium.byId("current").sendKeys("first long phrase");
                chromium.byId("password").sendKeys("second long phrase");
                chromium.byId("confirm").sendKeys("second long phrase");
                chromium.find(By.cssSelector("form.login button[type=submit]")).click();
                assertThat(chromium.waitVisible(By.id("password-changed")).isDisplayed()).isTrue();

                chromium.get(server.uri("/my/clients").toString());
                chromium.byId("sharex-download").click();
                Path sxcu = downloaded(downloads.resolve("Vistazo.sxcu"));
                JsonNode config = new ObjectMapper().readTree(Files.readString(sxcu));
                JsonNode image = ShareX.upload(server, config, "alpha.png");
                assertThat(server.get(WebWorld.path(image.path("url").asText())).statusCode()).isEqualTo(200);
                assertThat(chromium.problems()).isEmpty();
            } finally {
                chromium.close();
            }
            assertThat(new Browser(server).login("nora", "second long phrase").statusCode()).isEqualTo(303);
        }
    }

    /** Waits, bounded, for the download to be complete. */
    private static Path downloaded(Path file) {
        assertThat(Poll.within(Duration.ofSeconds(20), () -> Files.isRegularFile(file))).as(file + " downloaded")
                .isTrue();
        return file;
    }
}
