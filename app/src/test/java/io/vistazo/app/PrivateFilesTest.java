package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vistazo.media.testing.Fixtures;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The files of a media in a private album (original, thumb, medium, video frame) go to its owner and admins only,
 * never with a public cache header; moving it or changing the album's privacy changes that at once.
 */
@EnumSource(names = {"JETTY", "JDK"})
class PrivateFilesTest extends EngineSuite {

    WebWorld world;
    String privateAlbum;
    String unlistedAlbum;

    @Override
    String[] settings() {
        return new String[] {"file-naming", "original", "ffmpeg", "off"};
    }

    @Override
    void prepare() {
        world = new WebWorld(server);
        privateAlbum = WebWorld.album(world.ana, "Secret", "private");
        unlistedAlbum = WebWorld.album(world.ana, "Family", "unlisted");
    }

    /** The paths of every file of the media: main, thumb, medium and frame where it has them. */
    private static List<String> files(JsonNode media) {
        List<String> paths = new ArrayList<>();
        paths.add(WebWorld.path(media.path("url").asText()));
        for (String derivative : new String[] {"thumb", "medium", "frame"}) {
            String url = media.path(derivative).path("url").asText("");
            if (!url.isEmpty()) {
                paths.add(WebWorld.path(url));
            }
        }
        return paths;
    }

    private void assertServed(Browser viewer, List<String> paths, boolean served, String who) {
        for (String path : paths) {
            HttpResponse<byte[]> response = viewer.get(path);
            assertThat(response.statusCode()).as(path + " for " + who).isEqualTo(served ? 200 : 404);
            assertThat(response.headers().firstValue("Cache-Control").orElse(""))
                    .as(path + " for " + who).doesNotContain("public");
        }
    }

    @Test
    void filesOfAPrivateAlbumGoToTheOwnerAndAdminsOnly() {
        JsonNode photo = world.upload(world.anaKey, "photo.jpg", "album_id", privateAlbum);
        JsonNode clip = Uploads.image(Uploads.as(server, world.anaKey, "clip.mp4",
                Fixtures.bytes("video/h264-baseline-aac.mp4"), "album_id", privateAlbum));
        List<String> paths = new ArrayList<>(files(photo));
        paths.addAll(files(clip));
        assertThat(paths).as("original, thumb, medium, frame").hasSize(6)
                .anyMatch(path -> path.contains(".md.")).anyMatch(path -> path.contains(".fr."));

        assertServed(world.ana, paths, true, "the owner");
        assertServed(world.root, paths, true, "an admin");
        assertServed(world.bob, paths, false, "another user");
        assertServed(world.anonymous, paths, false, "a visitor");
        assertThat(world.ana.get(paths.get(0)).headers().firstValue("Cache-Control")).hasValue("private, no-store");
    }

    @Test
    void filesOfAnUnlistedAlbumGoToAnyoneWithTheLink() {
        JsonNode photo = world.upload(world.anaKey, "alpha.png", "album_id", unlistedAlbum);

        for (String path : files(photo)) {
            assertThat(world.anonymous.get(path).statusCode()).as(path).isEqualTo(200);
        }
    }

    @Test
    void movingAMediaInOrOutOfAPrivateAlbumChangesWhoGetsItsFilesAtOnce() {
        JsonNode photo = world.upload(world.anaKey, "alpha.png");
        List<String> paths = files(photo);
        // Served once first, so the small-file cache and the owner facts hold it.
        assertServedToEveryone(paths, true);

        move(photo, privateAlbum);
        assertServedToEveryone(paths, false);
        assertServed(world.ana, paths, true, "the owner");

        move(photo, "");
        assertServedToEveryone(paths, true);
    }

    @Test
    void makingTheAlbumPrivateHidesItsFilesAtOnce() {
        String album = WebWorld.album(world.ana, "Trip", "public");
        List<String> paths = files(world.upload(world.anaKey, "alpha.png", "album_id", album));
        assertServedToEveryone(paths, true);

        HttpResponse<byte[]> changed = world.ana.json("POST", "/web/api/albums/" + album,
                "{\"privacy\":\"private\"}", world.ana.csrf());
        assertThat(changed.statusCode()).as(Browser.text(changed)).isEqualTo(200);

        assertServedToEveryone(paths, false);
    }

    private void assertServedToEveryone(List<String> paths, boolean served) {
        for (String path : paths) {
            HttpResponse<byte[]> response = world.anonymous.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(served ? 200 : 404);
            if (served) {
                assertThat(response.headers().firstValue("Cache-Control").orElse("")).startsWith("public");
            }
        }
    }

    private void move(JsonNode media, String album) {
        HttpResponse<byte[]> moved = world.ana.json("POST", "/web/api/media/move",
                "{\"album_id\":\"" + album + "\",\"media\":[\"" + media.path("id_encoded").asText() + "\"]}",
                world.ana.csrf());
        assertThat(moved.statusCode()).as(Browser.text(moved)).isEqualTo(200);
    }
}
