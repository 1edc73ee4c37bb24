package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vistazo.media.testing.Fixtures;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.EnumSource;

/** The viewer page counts one view per visitor (address and User-Agent) per media per day. */
@EnumSource(names = {"JETTY", "JDK", "POSTGRES"})
class ViewsTest extends EngineSuite {

    private int view(String url, String userAgent) {
        return server.send(HttpRequest.newBuilder(server.uri(url)).header("User-Agent", userAgent).GET().build())
                .statusCode();
    }

    private long views(JsonNode image) {
        return TestDatabase.number(server.dataDir, "SELECT views FROM media WHERE name = ?",
                image.path("name").asText());
    }

    @Test
    void twoVisitsOfOneVisitorCountOnceAndAnotherVisitorCountsAgain() {
        JsonNode image = server.upload("viewed.png", Fixtures.bytes("alpha.png")).path("image");
        String viewer = image.path("path_viewer").asText();
        assertThat(image.path("views").asLong()).isZero();

        assertThat(view(viewer, "Firefox")).isEqualTo(200);
        assertThat(view(viewer, "Firefox")).isEqualTo(200);
        assertThat(views(image)).isEqualTo(1);

        assertThat(view(viewer, "Safari")).isEqualTo(200);
        assertThat(views(image)).isEqualTo(2);
    }

    @Test
    void redirectsHeadRequestsAndFilesAreNoViews() {
        JsonNode image = server.upload("unviewed.png", Fixtures.bytes("alpha.png")).path("image");

        assertThat(view(image.path("url_short").asText().replaceFirst("^http://[^/]+", ""), "Opera"))
                .isEqualTo(302);
        assertThat(server.send(HttpRequest.newBuilder(server.uri(image.path("path_viewer").asText()))
                .header("User-Agent", "Edge").method("HEAD", HttpRequest.BodyPublishers.noBody()).build())
                .statusCode()).isEqualTo(200);
        assertThat(server.get(image.path("url").asText()).statusCode()).isEqualTo(200);

        assertThat(views(image)).isZero();
    }
}
