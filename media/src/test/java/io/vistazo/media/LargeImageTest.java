package io.vistazo.media;

import static io.vistazo.media.testing.Fixtures.assertColour;
import static io.vistazo.media.testing.Fixtures.decode;
import static org.assertj.core.api.Assertions.assertThat;

import io.vistazo.core.domain.DerivativeSizes;
import io.vistazo.core.port.out.ImageProcessor.RenderRequest;
import io.vistazo.core.port.out.ImageProcessor.Rendition;
import io.vistazo.media.testing.Fixtures;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Decoding at reduced resolution, and the bound on concurrent decodes. */
class LargeImageTest {

    @TempDir
    Path dir;

    @Test
    void subsamplingKeepsTwiceTheLargestDerivative() {
        DerivativeSizes sizes = new DerivativeSizes(320, 320, 500);

        assertThat(Renderer.subsampling(new Size(4000, 3000), false, sizes)).isEqualTo(4);
        assertThat(Renderer.subsampling(new Size(3000, 4000), false, sizes)).isEqualTo(3);
        assertThat(Renderer.subsampling(new Size(1200, 900), false, sizes)).isEqualTo(1);
        assertThat(Renderer.subsampling(new Size(100, 50), false, sizes)).isEqualTo(1);
        // A panorama: the thumb's height decides.
        assertThat(Renderer.subsampling(new Size(12000, 1500), false, sizes)).isEqualTo(2);
    }

    @Test
    void bigJpegDecodedAtReducedResolutionGivesExactDerivatives() {
        Path source = Fixtures.write(quadrants(2600, 1700), "jpeg", dir.resolve("big.jpg"));
        ImgscalrImageProcessor processor = new ImgscalrImageProcessor();
        Path work = Fixtures.mkdirs(dir.resolve("work"));

        Rendition rendition = processor.render(source, processor.probe(source),
                new RenderRequest(0, new DerivativeSizes(320, 320, 500), work));

        assertThat(rendition.main()).isEqualTo(source);
        OrientationTest.assertUprightThumbAndMedium(rendition, 327);
        BufferedImage medium = decode(rendition.medium());
        // A one-pixel white line on the edge survives as a light edge, not as a missing or aliased row.
        assertColour(medium, 250, 0, 0xF0F0F0);
    }

    @Test
    void atMostTheConfiguredNumberOfRendersRunAtOnce() throws Exception {
        DecodeGate gate = new DecodeGate(2);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Thread thread = new Thread(() -> {
                await(start);
                gate.run(() -> {
                    mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                    sleep();
                    return running.decrementAndGet();
                });
            });
            thread.start();
            threads.add(thread);
        }
        start.countDown();
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(mostAtOnce.get()).isEqualTo(2);
    }

    /** Quadrants as in the orientation fixtures, with a white line along the top edge. */
    private static BufferedImage quadrants(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(OrientationTest.RED));
        graphics.fillRect(0, 0, width / 2, height / 2);
        graphics.setColor(new Color(OrientationTest.GREEN));
        graphics.fillRect(width / 2, 0, width - width / 2, height / 2);
        graphics.setColor(new Color(OrientationTest.BLUE));
        graphics.fillRect(0, height / 2, width / 2, height - height / 2);
        graphics.setColor(new Color(OrientationTest.YELLOW));
        graphics.fillRect(width / 2, height / 2, width - width / 2, height - height / 2);
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, width, 8);
        graphics.dispose();
        return image;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
