package io.vistazo.media;

import static io.vistazo.media.testing.Fixtures.assertColour;
import static io.vistazo.media.testing.Fixtures.assertTransparent;
import static io.vistazo.media.testing.Fixtures.decode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.vistazo.core.domain.DerivativeSizes;
import io.vistazo.core.domain.MediaFormat;
import io.vistazo.core.domain.Refusal;
import io.vistazo.core.port.out.ImageProcessor.Probe;
import io.vistazo.core.port.out.ImageProcessor.RenderRequest;
import io.vistazo.core.port.out.ImageProcessor.Rendition;
import io.vistazo.media.testing.Fixtures;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RenderTest {

    private static final int RED = 0xFF0000;
    private static final int GREEN = 0x00FF00;
    private static final int BLUE = 0x0000FF;
    private static final int YELLOW = 0xFFFF00;
    private static final int WHITE = 0xFFFFFF;
    private static final int MAGENTA = 0xFF00FF;
    private static final int CYAN = 0x00FFFF;

    private final ImgscalrImageProcessor processor = new ImgscalrImageProcessor();

    @TempDir
    Path workDir;

    @Test
    void wideJpegGetsCentredJpegThumbAndMedium() {
        Path source = Fixtures.path("wide.jpg");

        Rendition rendition = render(source, 0);

        assertThat(rendition).isEqualTo(new Rendition(source, MediaFormat.JPEG, 800, 400, false,
                workDir.resolve("thumb.jpeg"), workDir.resolve("medium.jpeg")));
        BufferedImage thumb = decode(rendition.thumb());
        assertThat(Sniffer.sniff(rendition.thumb())).contains(MediaFormat.JPEG);
        assertThat(thumb.getWidth()).isEqualTo(320);
        assertThat(thumb.getHeight()).isEqualTo(320);
        assertThat(thumb.getColorModel().hasAlpha()).isFalse();
        // Scaled to 640x320 and cropped to its middle: red and blue still meet in the centre.
        assertColour(thumb, 10, 160, RED);
        assertColour(thumb, 150, 160, RED);
        assertColour(thumb, 170, 160, BLUE);
        assertColour(thumb, 310, 160, BLUE);
        BufferedImage medium = decode(rendition.medium());
        assertThat(medium.getWidth()).isEqualTo(500);
        assertThat(medium.getHeight()).isEqualTo(250);
        assertColour(medium, 100, 125, RED);
        assertColour(medium, 400, 125, BLUE);
    }

    @Test
    void tallPngThumbKeepsTransparencyAndNeedsNoMedium() {
        Path source = Fixtures.path("tall.png");

        Rendition rendition = render(source, 0);

        assertThat(rendition.main()).isEqualTo(source);
        assertThat(rendition.medium()).isNull();
        assertThat(rendition.thumb()).isEqualTo(workDir.resolve("thumb.png"));
        BufferedImage thumb = decode(rendition.thumb());
        assertThat(thumb.getWidth()).isEqualTo(320);
        assertThat(thumb.getHeight()).isEqualTo(320);
        // Scaled to 320x640, the middle half kept: green above yellow, the transparent column on the left.
        assertTransparent(thumb, 0, 0);
        assertTransparent(thumb, 10, 319);
        assertColour(thumb, 200, 20, GREEN);
        assertColour(thumb, 200, 300, YELLOW);
    }

    @Test
    void tinyImageIsUpscaledToFillTheThumb() {
        Rendition rendition = render(Fixtures.path("tiny.png"), 0);

        BufferedImage thumb = decode(rendition.thumb());
        assertThat(thumb.getWidth()).isEqualTo(320);
        assertThat(thumb.getHeight()).isEqualTo(320);
        assertColour(thumb, 40, 40, RED);
        assertColour(thumb, 280, 40, GREEN);
        assertColour(thumb, 40, 280, BLUE);
        assertColour(thumb, 280, 280, WHITE);
        assertThat(rendition.medium()).isNull();
    }

    @Test
    void bmpIsStoredAsPng() {
        Rendition rendition = render(Fixtures.path("image.bmp"), 0);

        assertThat(rendition.main()).isEqualTo(workDir.resolve("main.png"));
        assertThat(rendition.mainFormat()).isEqualTo(MediaFormat.PNG);
        assertThat(Sniffer.sniff(rendition.main())).contains(MediaFormat.PNG);
        assertThat(rendition.resized()).isFalse();
        BufferedImage main = decode(rendition.main());
        assertThat(main.getWidth()).isEqualTo(40);
        assertThat(main.getHeight()).isEqualTo(30);
        assertThat(main.getRGB(0, 0) & 0xFFFFFF).isEqualTo(MAGENTA);
        assertThat(main.getRGB(15, 15) & 0xFFFFFF).isEqualTo(WHITE);
        assertThat(rendition.thumb()).isEqualTo(workDir.resolve("thumb.png"));
    }

    @Test
    void widthResizesTheMainFileInItsFormat() {
        Rendition rendition = render(Fixtures.path("wide.jpg"), 400);

        assertThat(rendition.main()).isEqualTo(workDir.resolve("main.jpeg"));
        assertThat(rendition.mainFormat()).isEqualTo(MediaFormat.JPEG);
        assertThat(rendition.resized()).isTrue();
        assertThat(rendition.width()).isEqualTo(400);
        assertThat(rendition.height()).isEqualTo(200);
        BufferedImage main = decode(rendition.main());
        assertThat(main.getWidth()).isEqualTo(400);
        assertThat(main.getHeight()).isEqualTo(200);
        assertColour(main, 100, 100, RED);
        assertColour(main, 300, 100, BLUE);
        // 400 is not wider than the medium width: the resized image needs no medium.
        assertThat(rendition.medium()).isNull();
    }

    @Test
    void widthResizeRoundsTheHeightAndKeepsAlpha() {
        Rendition rendition = render(Fixtures.path("tall.png"), 101);

        BufferedImage main = decode(rendition.main());
        assertThat(main.getWidth()).isEqualTo(101);
        assertThat(main.getHeight()).isEqualTo(202);
        assertThat(rendition.height()).isEqualTo(202);
        assertTransparent(main, 0, 0);
        assertColour(main, 80, 50, GREEN);

        Rendition gif = render(Fixtures.path("still.gif"), 50);
        // 50 / (64 / 48) = 37.5, rounded half up.
        assertThat(decode(gif.main()).getHeight()).isEqualTo(38);
        assertThat(gif.mainFormat()).isEqualTo(MediaFormat.GIF);
    }

    @Test
    void resizedWebpBecomesPng() {
        Rendition rendition = render(Fixtures.path("still.webp"), 100);

        assertThat(rendition.mainFormat()).isEqualTo(MediaFormat.PNG);
        assertThat(Sniffer.sniff(rendition.main())).contains(MediaFormat.PNG);
        BufferedImage main = decode(rendition.main());
        assertThat(main.getWidth()).isEqualTo(100);
        assertThat(main.getHeight()).isEqualTo(50);
        assertColour(main, 50, 25, CYAN);
    }

    @Test
    void webpKeepsItsMainAndGetsPngThumbsWithAlpha() {
        Path source = Fixtures.path("alpha.webp");

        Rendition rendition = render(source, 0);

        assertThat(rendition.main()).isEqualTo(source);
        assertThat(rendition.mainFormat()).isEqualTo(MediaFormat.WEBP);
        assertThat(rendition.thumb()).isEqualTo(workDir.resolve("thumb.png"));
        BufferedImage thumb = decode(rendition.thumb());
        assertTransparent(thumb, 0, 0);
        assertColour(thumb, 200, 20, GREEN);
    }

    @Test
    void animatedGifKeepsItsMainAndAlwaysGetsAMedium() {
        Path source = Fixtures.path("animated.gif");

        Rendition rendition = render(source, 60);

        assertThat(rendition.main()).isEqualTo(source);
        assertThat(rendition.resized()).isFalse();
        assertThat(rendition.width()).isEqualTo(120);
        BufferedImage medium = decode(rendition.medium());
        assertThat(rendition.medium()).isEqualTo(workDir.resolve("medium.gif"));
        assertThat(medium.getWidth()).isEqualTo(120);
        assertThat(medium.getHeight()).isEqualTo(80);
        BufferedImage thumb = decode(rendition.thumb());
        assertThat(thumb.getWidth()).isEqualTo(320);
        assertColour(thumb, 160, 160, RED);
    }

    @Test
    void animatedWebpShowsItsFirstFrame() {
        Rendition rendition = render(Fixtures.path("animated.webp"), 0);

        BufferedImage medium = decode(rendition.medium());
        assertThat(rendition.medium()).isEqualTo(workDir.resolve("medium.png"));
        assertThat(medium.getWidth()).isEqualTo(200);
        assertThat(medium.getHeight()).isEqualTo(100);
        assertColour(medium, 100, 50, CYAN);
    }

    @Test
    void gifThumbKeepsTransparency() {
        Rendition rendition = render(Fixtures.path("transparent.gif"), 0);

        assertThat(Sniffer.sniff(rendition.thumb())).contains(MediaFormat.GIF);
        BufferedImage thumb = decode(rendition.thumb());
        assertThat(thumb.getWidth()).isEqualTo(320);
        assertTransparent(thumb, 5, 5);
        assertColour(thumb, 250, 160, RED);
    }

    @Test
    void polyglotRendersAsThePictureItCarries() {
        Rendition rendition = render(Fixtures.path("polyglot.jpg"), 0);

        assertThat(decode(rendition.thumb()).getWidth()).isEqualTo(320);
    }

    @ParameterizedTest
    @ValueSource(strings = {"truncated.jpg", "jpeg-garbage.jpg", "png-garbage.png"})
    void refusesDamagedFilesWith610(String fixture) {
        Path source = Fixtures.path(fixture);

        Refusal error = catchThrowableOfType(Refusal.class,
                () -> processor.render(source, processor.probe(source), request(0)));

        assertThat(error).isNotNull();
        assertThat(error.code()).isEqualTo(610);
    }

    @Test
    void refusesVideoForNow() {
        Path source = Fixtures.path("sample.mp4");

        Refusal error = catchThrowableOfType(Refusal.class, () -> render(source, 0));

        assertThat(error.code()).isEqualTo(613);
    }

    @Test
    void neverOverwritesASourceInsideTheWorkFolder() throws IOException {
        Path source = Files.copy(Fixtures.path("wide.jpg"), workDir.resolve("thumb.jpeg"));
        long size = Files.size(source);

        Rendition rendition = render(source, 0);

        assertThat(rendition.main()).isEqualTo(source);
        assertThat(rendition.thumb()).isEqualTo(workDir.resolve("thumb-rendered.jpeg"));
        assertThat(Files.size(source)).isEqualTo(size);
    }

    @Test
    void jpegOutputFlattensAlphaOntoWhite() {
        BufferedImage transparent = new BufferedImage(4, 4, BufferedImage.TYPE_INT_ARGB);

        BufferedImage opaque = ImageFiles.opaqueRgb(transparent);

        assertThat(opaque.getColorModel().hasAlpha()).isFalse();
        assertThat(opaque.getRGB(1, 1)).isEqualTo(0xFFFFFFFF);
    }

    private Rendition render(Path source, int targetWidth) {
        Probe probe = processor.probe(source);
        return processor.render(source, probe, request(targetWidth));
    }

    private RenderRequest request(int targetWidth) {
        return new RenderRequest(targetWidth, new DerivativeSizes(320, 320, 500), workDir);
    }
}
