package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vistazo.media.testing.Fixtures;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Video uploads over HTTP on both engines: every video field of the image object, seekable serving, the player
 * page, the generated poster where no decoder is available, and refusals. ffmpeg is switched off here, so the
 * frames come from JCodec or are generated; the ffmpeg path is tested in the media module.
 */
@EnumSource(names = {"JETTY", "JDK", "POSTGRES_AND_S3"})
class VideoUploadTest extends EngineSuite {

    final byte[] clip = Fixtures.bytes("video/h264-baseline-aac.mp4");
    JsonNode video;

    @Override
    String[] settings() {
        return new String[] {"max-upload-size", "12 KB", "video-max-size", "40 KB", "ffmpeg", "off"};
    }

    @Override
    void prepare() {
        // Halo and others send every file as octet-stream: the bytes decide. width applies to images only.
        video = server.upload("Screen Recording.mp4", clip, "width", "100").path("image");
    }

    @Test
    void anMp4IsAVideoWithEveryVideoField() {
        assertThat(fieldNames(video)).containsAll(UploadApiTest.SEED_IMAGE_FIELDS).contains("frame");
        assertThat(video.path("type").asText()).isEqualTo("video");
        assertThat(video.path("mime").asText()).isEqualTo("video/mp4");
        assertThat(video.path("extension").asText()).isEqualTo("mp4");
        assertThat(video.path("filename").asText()).endsWith(".mp4");
        assertThat(video.path("width").asInt()).isEqualTo(160);
        assertThat(video.path("height").asInt()).isEqualTo(120);
        assertThat(video.path("ratio").asDouble()).isEqualTo(160.0 / 120.0);
        assertThat(video.path("size").asLong()).isEqualTo(clip.length);
        assertThat(video.path("md5").asText()).isEqualTo(md5(clip));
        assertThat(video.path("source_md5").isNull()).isTrue();
        assertThat(video.path("duration").asInt()).isEqualTo(4);
        assertThat(video.path("duration_time").asText()).isEqualTo("00:04");
        assertThat(video.path("is_animated").asInt()).isZero();
        assertThat(video.path("chain").asInt()).isEqualTo(21);
        assertThat(video.path("title").asText()).isEqualTo("Screen Recording");
        assertThat(video.path("url_viewer").asText()).contains("/video/Screen-Recording.");

        JsonNode frame = video.path("frame");
        assertThat(frame.path("filename").asText()).isEqualTo(video.path("name").asText() + ".fr.jpeg");
        assertThat(frame.path("name").asText()).isEqualTo(video.path("name").asText() + ".fr");
        assertThat(frame.path("mime").asText()).isEqualTo("image/jpeg");
        assertThat(frame.path("extension").asText()).isEqualTo("jpeg");
        assertThat(frame.path("size").asLong()).isPositive().isEqualTo(video.path("frame_size").asLong());
        assertThat(video.path("url_frame").asText()).isEqualTo(frame.path("url").asText())
                .endsWith(".fr.jpeg");
        assertThat(video.path("thumb").path("url").asText()).endsWith(".th.jpeg");
        assertThat(video.path("thumb_size").asLong()).isPositive();
        for (String key : List.of("filename", "name", "mime", "extension", "url")) {
            assertThat(video.path("medium").path(key).isNull()).as("medium.%s", key).isTrue();
        }
        // §3.8: no medium, and the thumb rule is for images only, so the frame is displayed at video size.
        assertThat(video.path("display_url").asText()).isEqualTo(video.path("url_frame").asText());
        assertThat(video.path("display_width").asInt()).isEqualTo(160);
        assertThat(video.path("display_height").asInt()).isEqualTo(120);
    }

    @Test
    void theFrameIsTheOneShownAtAQuarterOfTheDuration() {
        HttpResponse<byte[]> frame = server.get(video.path("url_frame").asText());
        assertThat(frame.statusCode()).isEqualTo(200);
        assertThat(frame.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        BufferedImage pixels = decode(frame.body());
        assertThat(pixels.getWidth()).isEqualTo(160);
        assertThat(pixels.getHeight()).isEqualTo(120);
        // The fixture's marker box is green from 0.5 s to 1.5 s: ⌊4/4⌋ = 1 s.
        assertGreen(pixels.getRGB(20, 20));
        assertThat(server.get(video.path("thumb").path("url").asText()).statusCode()).isEqualTo(200);
    }

    @Test
    void theFileIsServedWithItsTypeAndRangesForSeeking() {
        String url = video.path("url").asText();
        HttpResponse<byte[]> whole = server.get(url);
        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.headers().firstValue("Content-Type")).hasValue("video/mp4");
        assertThat(whole.headers().firstValue("Accept-Ranges")).hasValue("bytes");
        assertThat(whole.body()).isEqualTo(clip);

        HttpResponse<byte[]> head = range(url, "bytes=0-99");
        assertThat(head.statusCode()).isEqualTo(206);
        assertThat(head.headers().firstValue("Content-Range")).hasValue("bytes 0-99/" + clip.length);
        assertThat(head.headers().firstValueAsLong("Content-Length")).hasValue(100);
        assertThat(head.body()).isEqualTo(Arrays.copyOf(clip, 100));

        HttpResponse<byte[]> middle = range(url, "bytes=1000-");
        assertThat(middle.statusCode()).isEqualTo(206);
        assertThat(middle.body()).isEqualTo(Arrays.copyOfRange(clip, 1000, clip.length));

        HttpResponse<byte[]> tail = range(url, "bytes=-10");
        assertThat(tail.statusCode()).isEqualTo(206);
        assertThat(tail.body()).isEqualTo(Arrays.copyOfRange(clip, clip.length - 10, clip.length));

        HttpResponse<byte[]> beyond = range(url, "bytes=" + clip.length + "-");
        assertThat(beyond.statusCode()).isEqualTo(416);
        assertThat(beyond.headers().firstValue("Content-Range")).hasValue("bytes */" + clip.length);
    }

    @Test
    void theViewerPagePlaysTheVideoWithItsFrameAsPoster() {
        HttpResponse<byte[]> page = server.get(video.path("url_viewer").asText());
        assertThat(page.statusCode()).isEqualTo(200);
        String html = new String(page.body(), StandardCharsets.UTF_8);
        String file = URI.create(video.path("url").asText()).getPath();
        String frame = URI.create(video.path("url_frame").asText()).getPath();
        assertThat(html).contains("<video controls preload=\"metadata\"")
                .contains("poster=\"" + frame + "\"")
                .contains("<source src=\"" + file + "\" type=\"video/mp4\">")
                .contains(meta("og:type", "video.other"))
                .contains(meta("og:video", video.path("url").asText()))
                .contains(meta("og:video:type", "video/mp4"))
                .contains(meta("og:video:width", "160"))
                .contains(meta("og:video:height", "120"))
                .contains(meta("og:image", video.path("url_frame").asText()))
                .contains("<meta name=\"twitter:card\" content=\"player\">")
                .contains("<meta name=\"twitter:player:stream\" content=\"" + video.path("url").asText() + "\">")
                .contains("[img]" + video.path("url_frame").asText() + "[/img]")
                .doesNotContainPattern("<script(?! src=\"/assets/)");
        String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(policy).contains("default-src 'none'").contains("media-src 'self'")
                .doesNotContain("unsafe-inline");
    }

    @Test
    void aWideVideoGetsAMediumFromItsFrame() {
        byte[] wide = Fixtures.bytes("video/h264-wide.mp4");
        JsonNode image = server.upload("wide.mp4", wide).path("image");
        assertThat(image.path("width").asInt()).isEqualTo(640);
        assertThat(image.path("height").asInt()).isEqualTo(360);
        assertThat(image.path("chain").asInt()).isEqualTo(23);
        assertThat(image.path("medium").path("url").asText()).endsWith(".md.jpeg");
        assertThat(image.path("medium_size").asLong()).isPositive();
        BufferedImage medium = decode(server.get(image.path("medium").path("url").asText()).body());
        assertThat(medium.getWidth()).isEqualTo(500);
        // §3.8: the medium, unless the frame is smaller in bytes.
        boolean frameSmaller = image.path("frame_size").asLong() < image.path("medium_size").asLong();
        assertThat(image.path("display_url").asText()).isEqualTo(frameSmaller
                ? image.path("url_frame").asText() : image.path("medium").path("url").asText());
        assertThat(image.path("display_width").asInt()).isEqualTo(frameSmaller ? 640 : 500);
        assertThat(image.path("display_height").asInt()).isEqualTo(frameSmaller ? 360 : 281);
    }

    @Test
    void aQuickTimeMovieIsServedAsQuickTime() {
        JsonNode image = server.upload("phone.mov", Fixtures.bytes("video/h264.mov")).path("image");
        assertThat(image.path("mime").asText()).isEqualTo("video/quicktime");
        assertThat(image.path("extension").asText()).isEqualTo("mov");
        assertThat(image.path("duration").asInt()).isEqualTo(4);
        HttpResponse<byte[]> file = server.get(image.path("url").asText());
        assertThat(file.headers().firstValue("Content-Type")).hasValue("video/quicktime");
    }

    @Test
    void aWebmNothingHereCanDecodeIsStoredWithAGeneratedPoster() {
        byte[] webm = Fixtures.bytes("video/vp9.webm");
        JsonNode image = server.upload("clip.webm", webm).path("image");
        assertThat(image.path("type").asText()).isEqualTo("video");
        assertThat(image.path("mime").asText()).isEqualTo("video/webm");
        assertThat(image.path("width").asInt()).isEqualTo(160);
        assertThat(image.path("height").asInt()).isEqualTo(120);
        assertThat(image.path("duration").asInt()).isEqualTo(4);
        assertThat(image.path("chain").asInt()).isEqualTo(21);
        BufferedImage poster = decode(server.get(image.path("url_frame").asText()).body());
        assertThat(poster.getWidth()).isEqualTo(160);
        assertThat(poster.getHeight()).isEqualTo(120);
        assertThat(Integer.bitCount(poster.getRGB(20, 20) & 0x808080)).as("dark corner").isZero();
        assertThat(server.get(image.path("url").asText()).headers().firstValue("Content-Type"))
                .hasValue("video/webm");
    }

    @Test
    void aVideoMayComeAsBase64() {
        byte[] wide = Fixtures.bytes("video/h264-wide.mp4");
        HttpResponse<byte[]> response = server.postForm("/api/1/upload", "key=" + TestServer.ADMIN_KEY
                + "&source=" + URLEncoder.encode(Base64.getEncoder().encodeToString(wide), StandardCharsets.UTF_8));
        JsonNode image = TestServer.json(response).path("image");
        assertThat(image.path("type").asText()).isEqualTo("video");
        assertThat(image.path("original_filename").asText()).matches("[0-9a-f]{12}\\.mp4");
    }

    @Test
    void fakeVideosAndOversizedFilesAreRefusedWithNothingStored() {
        List<String> before = server.storedFiles();
        assertError(server.upload("fake.mp4", Fixtures.bytes("video/fake.mp4")), 610,
                "Can't get target upload source info");
        // Each kind is held to its own limit: 12 KB for images, 40 KB for videos.
        assertError(server.upload("photo.jpg", Fixtures.bytes("photo.jpg")), 400, "File too big - max 12 KB");
        assertError(server.upload("long.mp4", withFreeBox(clip, 30_000)), 400, "File too big - max 40 KB");
        assertThat(server.storedFiles()).isEqualTo(before);
    }

    private HttpResponse<byte[]> range(String url, String range) {
        return server.send(HttpRequest.newBuilder(URI.create(url)).header("Range", range).GET().build());
    }

    private static void assertError(JsonNode answer, int code, String message) {
        assertThat(answer.path("status_code").asInt()).isEqualTo(400);
        assertThat(answer.path("error").path("code").asInt()).isEqualTo(code);
        assertThat(answer.path("error").path("message").asText()).isEqualTo(message);
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static String meta(String property, String content) {
        return "<meta property=\"" + property + "\" content=\"" + content + "\">";
    }

    static BufferedImage decode(byte[] jpeg) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(jpeg));
            assertThat(image).as("a decodable image").isNotNull();
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void assertGreen(int rgb) {
        assertThat(rgb >> 16 & 0xFF).as("red of %06x", rgb & 0xFFFFFF).isLessThan(80);
        assertThat(rgb >> 8 & 0xFF).as("green of %06x", rgb & 0xFFFFFF).isGreaterThan(180);
        assertThat(rgb & 0xFF).as("blue of %06x", rgb & 0xFFFFFF).isLessThan(80);
    }

    /** A valid MP4 made longer by a top-level {@code free} box. */
    static byte[] withFreeBox(byte[] mp4, int size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(mp4);
        out.writeBytes(ByteBuffer.allocate(8).putInt(size).put("free".getBytes(StandardCharsets.US_ASCII)).array());
        out.writeBytes(new byte[size - 8]);
        return out.toByteArray();
    }

    static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
