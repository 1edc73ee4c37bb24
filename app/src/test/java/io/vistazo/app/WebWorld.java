package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vistazo.media.testing.Fixtures;
import java.net.URI;
import java.net.http.HttpResponse;

/**
 * The people of the web tests on one server: users ana and bob, admin root (all with {@link WebUsers#PASSWORD}),
 * signed-in browsers for each, an anonymous one, and API keys to upload as ana and bob.
 */
final class WebWorld {

    final TestServer server;
    final String anaKey;
    final String bobKey;
    final Browser ana;
    final Browser bob;
    final Browser root;
    final Browser anonymous;

    WebWorld(TestServer server) {
        this.server = server;
        WebUsers.add(server.dataDir, "ana", "user");
        WebUsers.add(server.dataDir, "bob", "user");
        WebUsers.add(server.dataDir, "root", "admin");
        anaKey = WebUsers.key(server.dataDir, "ana");
        bobKey = WebUsers.key(server.dataDir, "bob");
        ana = Browser.signedIn(server, "ana", WebUsers.PASSWORD);
        bob = Browser.signedIn(server, "bob", WebUsers.PASSWORD);
        root = Browser.signedIn(server, "root", WebUsers.PASSWORD);
        anonymous = new Browser(server);
    }

    /** Uploads a fixture with the key and returns the API's image object. */
    JsonNode upload(String key, String fixture, String... fields) {
        return Uploads.image(Uploads.as(server, key, fixture, Fixtures.bytes(fixture), fields));
    }

    /** Creates an album through the web API as the browser's user; returns its encoded id. */
    static String album(Browser owner, String name, String privacy) {
        HttpResponse<byte[]> created = owner.json("POST", "/web/api/albums",
                "{\"name\":\"" + name + "\",\"privacy\":\"" + privacy + "\"}", owner.csrf());
        assertThat(created.statusCode()).as(Browser.text(created)).isEqualTo(201);
        return TestServer.json(created).path("album").path("id_encoded").asText();
    }

    /** The path of an absolute URL the API returned. */
    static String path(String url) {
        return URI.create(url).getRawPath();
    }

    /** The title stored for the media, straight from the database. */
    String storedTitle(JsonNode image) {
        return TestDatabase.text(server.dataDir, "SELECT COALESCE(title, '') FROM media WHERE name = ?",
                image.path("name").asText());
    }

    boolean exists(JsonNode image) {
        return TestDatabase.number(server.dataDir, "SELECT COUNT(*) FROM media WHERE name = ?",
                image.path("name").asText()) == 1;
    }
}
