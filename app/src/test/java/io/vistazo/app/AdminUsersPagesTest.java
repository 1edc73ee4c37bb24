package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vistazo.media.testing.Fixtures;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code /admin/users}: an admin lists, searches, adds, promotes, resets, disables and deletes accounts, every form
 * behind the CSRF token; to anyone else the pages do not exist.
 */
@EnumSource(names = {"JETTY", "JDK"})
class AdminUsersPagesTest extends EngineSuite {

    private static final Pattern NEW_PASSWORD = Pattern.compile("id=\"new-password\" readonly value=\"([^\"]+)\"");

    WebWorld world;

    @Override
    void prepare() {
        world = new WebWorld(server);
    }

    @Test
    void anAdminAddsSearchesAndPromotesUsers() {
        HttpResponse<byte[]> added = world.root.postForm("/admin/users", "csrf", world.root.csrf(), "name", "carla",
                "role", "user", "password", "carla's long password");
        assertThat(added.statusCode()).as(Browser.text(added)).isEqualTo(303);
        String all = Browser.text(world.root.get("/admin/users"));
        assertThat(all).contains("<td>ana</td>").contains("<td>bob</td>").contains("<td>carla</td>")
                .contains("<td>root (you)</td>");
        assertThat(Browser.text(world.root.get("/admin/users?q=CAR"))).contains("<td>carla</td>")
                .doesNotContain("<td>ana</td>").contains("value=\"CAR\"");
        assertThat(Browser.text(world.root.get("/admin/users?q=nobody"))).contains("No users match.");
        assertThat(Browser.signedIn(server, "carla", "carla's long password").get("/my").statusCode())
                .isEqualTo(200);

        assertThat(world.root.postForm("/admin/users/role", "csrf", world.root.csrf(), "name", "carla", "role",
                "admin").statusCode()).isEqualTo(303);
        Browser carla = Browser.signedIn(server, "carla", "carla's long password");
        assertThat(carla.get("/admin/users").statusCode()).isEqualTo(200);
        assertThat(world.root.postForm("/admin/users", "csrf", world.root.csrf(), "name", "carla", "role",
                "user").statusCode()).as("a taken name").isEqualTo(400);
        assertThat(world.root.postForm("/admin/users/role", "csrf", world.root.csrf(), "name", "carla", "role",
                "guest").statusCode()).isEqualTo(400);
        assertThat(world.root.postForm("/admin/users/role", "csrf", world.root.csrf(), "name", "carla", "role",
                "user").statusCode()).isEqualTo(303);
        assertThat(carla.get("/admin/users").statusCode()).isEqualTo(404);
    }

    @Test
    void aResetPasswordIsShownOnceAndReplacesTheOldOne() {
        WebUsers.add(server.dataDir, "dora", "user");
        HttpResponse<byte[]> reset = world.root.postForm("/admin/users/password", "csrf", world.root.csrf(),
                "name", "dora");
        assertThat(reset.statusCode()).isEqualTo(200);
        assertThat(reset.headers().firstValue("Cache-Control")).hasValue("no-store");
        Matcher matcher = NEW_PASSWORD.matcher(Browser.text(reset));
        assertThat(matcher.find()).isTrue();
        String password = matcher.group(1);

        assertThat(Browser.text(world.root.get("/admin/users"))).doesNotContain(password);
        assertThat(new Browser(server).login("dora", WebUsers.PASSWORD).statusCode()).isNotEqualTo(303);
        assertThat(Browser.signedIn(server, "dora", password).get("/my").statusCode()).isEqualTo(200);
    }

    @Test
    void aDisabledUserIsSignedOutAndTheirKeysAreRefusedUntilEnabled() {
        assertThat(world.ana.get("/my").statusCode()).isEqualTo(200);
        assertThat(world.root.postForm("/admin/users/disable", "csrf", world.root.csrf(), "name", "ana")
                .statusCode()).isEqualTo(303);

        assertThat(Browser.text(world.root.get("/admin/users?q=ana"))).contains("Disabled");
        assertThat(world.ana.get("/my").statusCode()).as("signed out").isEqualTo(303);
        assertThat(new Browser(server).login("ana", WebUsers.PASSWORD).statusCode()).isNotEqualTo(303);
        assertThat(Uploads.as(server, world.anaKey, "a.png", Fixtures.bytes("alpha.png")).statusCode())
                .isNotEqualTo(200);
        assertThat(Uploads.as(server, world.bobKey, "a.png", Fixtures.bytes("alpha.png")).statusCode())
                .isEqualTo(200);

        assertThat(world.root.postForm("/admin/users/enable", "csrf", world.root.csrf(), "name", "ana")
                .statusCode()).isEqualTo(303);
        assertThat(Uploads.as(server, world.anaKey, "a.png", Fixtures.bytes("alpha.png")).statusCode())
                .isEqualTo(200);
        assertThat(Browser.signedIn(server, "ana", WebUsers.PASSWORD).get("/my").statusCode()).isEqualTo(200);
    }

    @Test
    void usersAreDeletedWithOrWithoutTheirMedia() {
        JsonNode evas = world.upload(WebUsers.key(server.dataDir, WebUsers.add(server.dataDir, "eva", "user")),
                "alpha.png");
        JsonNode fers = world.upload(WebUsers.key(server.dataDir, WebUsers.add(server.dataDir, "fer", "user")),
                "alpha.png");

        assertThat(world.root.postForm("/admin/users/delete", "csrf", world.root.csrf(), "name", "eva",
                "with_media", "1").statusCode()).isEqualTo(303);
        assertThat(world.root.postForm("/admin/users/delete", "csrf", world.root.csrf(), "name", "fer")
                .statusCode()).isEqualTo(303);

        assertThat(world.exists(evas)).isFalse();
        assertThat(world.exists(fers)).isTrue();
        assertThat(Browser.text(world.root.get("/admin/users"))).doesNotContain("<td>eva</td>")
                .doesNotContain("<td>fer</td>");
        assertThat(world.root.postForm("/admin/users/delete", "csrf", world.root.csrf(), "name", "nobody")
                .statusCode()).isEqualTo(404);
    }

    @Test
    void everyFormNeedsTheToken() {
        for (String action : new String[] {"", "/role", "/password", "/disable", "/enable", "/delete"}) {
            assertThat(world.root.postForm("/admin/users" + action, "name", "ana", "role", "admin").statusCode())
                    .as(action).isEqualTo(403);
            assertThat(world.root.postForm("/admin/users" + action, "csrf", "forged", "name", "ana", "role",
                    "admin").statusCode()).as(action).isEqualTo(403);
        }
        assertThat(Browser.text(world.root.get("/admin/users?q=ana"))).contains("Active")
                .doesNotContain("Disabled");
        assertThat(Browser.signedIn(server, "ana", WebUsers.PASSWORD).get("/admin/users").statusCode())
                .isEqualTo(404);
    }

    @Test
    void theUsersPageSpeaksSpanishWithNoEnglishLeft() {
        String html = Browser.text(world.root.get("/admin/users?lang=es"));
        assertThat(html).contains("Usuarios");
        assertThat(SpanishPages.englishIn(html)).isEmpty();
        WebUsers.add(server.dataDir, "gus", "user");
        String reset = Browser.text(world.root.postForm("/admin/users/password?lang=es", "csrf", world.root.csrf(),
                "name", "gus"));
        assertThat(SpanishPages.englishIn(reset)).isEmpty();
    }
}
