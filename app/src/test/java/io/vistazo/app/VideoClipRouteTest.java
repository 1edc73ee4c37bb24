package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vistazo.media.testing.Fixtures;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.EnumSource;

/** The seed's site renamed the video route to {@code clip}. */
@EnumSource(names = {"JETTY", "JDK"})
class VideoClipRouteTest extends EngineSuite {

    JsonNode video;

    @Override
    String[] settings() {
        return new String[] {"route-video", "clip", "ffmpeg", "off"};
    }

    @Override
    void prepare() {
        video = server.upload("Badgers.mp4", Fixtures.bytes("video/h264-baseline-aac.mp4")).path("image");
    }

    @Test
    void viewerLinksUseTheRenamedRoute() {
        String id = video.path("id_encoded").asText();
        assertThat(video.path("path_viewer").asText()).isEqualTo("/clip/Badgers." + id);
        assertThat(video.path("url_viewer").asText()).endsWith("/clip/Badgers." + id);
        assertThat(video.path("url_short").asText()).endsWith("/clip/" + id);
        assertThat(video.path("delete_url").asText()).contains("/clip/" + id + "/delete/");
        HttpResponse<byte[]> page = server.get(video.path("url_viewer").asText());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(new String(page.body(), StandardCharsets.UTF_8)).contains("<video controls");
    }

    @Test
    void theDefaultRouteNameRedirectsPermanently() {
        String id = video.path("id_encoded").asText();
        HttpResponse<byte[]> old = server.get("/video/Badgers." + id);
        assertThat(old.statusCode()).isEqualTo(301);
        assertThat(old.headers().firstValue("Location")).hasValue("/clip/Badgers." + id);
    }
}
