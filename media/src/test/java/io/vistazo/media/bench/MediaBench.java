package io.vistazo.media.bench;

import static io.vistazo.media.bench.Bench.ingest;
import static io.vistazo.media.bench.Bench.median;
import static io.vistazo.media.bench.Bench.time;

import io.vistazo.core.domain.DerivativeSizes;
import io.vistazo.core.files.Folders;
import io.vistazo.core.port.out.ImageProcessor.RenderRequest;
import io.vistazo.media.ImgscalrImageProcessor;
import io.vistazo.media.testing.SyntheticPhotos;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Times the image pipeline on a generated 12-megapixel photo-like JPEG: one thumb, one full ingest (probe with
 * metadata, thumb, medium, md5 and SHA-256), the same ingest of the photo with EXIF orientation 6, the peak heap,
 * and the same thumb by {@code vipsthumbnail} when it is installed; then {@link HeifBench} on HEIC and AVIF
 * encodings of the same photo. Not a test; run it with the command in the README ("Performance").
 */
public final class MediaBench {

    private static final int WARMUP = 15;
    private static final int RUNS = 20;
    private static final Duration PROCESS_LIMIT = Duration.ofSeconds(60);

    private MediaBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("vistazo-bench");
        try {
            Path photo = writePhoto(dir.resolve("photo-12mp.jpg"), 4000, 3000);
            Path turned = withOrientation6(photo, dir.resolve("photo-12mp-orientation-6.jpg"));
            ImgscalrImageProcessor processor = new ImgscalrImageProcessor();
            System.out.printf("Image: 4000x3000 JPEG, %,d bytes; %d runs after %d warm-up runs, one thread%n",
                    Files.size(photo), RUNS, WARMUP);
            String[] vips = Bench.vipsThumbnail(photo, dir);
            boolean withVips = vipsInstalled(vips);
            Path tiny = writePhoto(dir.resolve("tiny.jpg"), 16, 12);
            String[] vipsStartOnly = {"vipsthumbnail", tiny.toString(), "-s", "8x8", "-o", dir.resolve("t.jpg") + ""};
            HeapSampler heap = HeapSampler.start();
            for (int i = 0; i < WARMUP; i++) {
                thumb(processor, photo, dir);
                ingest(processor, photo, dir);
                ingest(processor, turned, dir);
            }
            // Interleaved, so that whatever else the machine is doing weighs on each side alike.
            double[] thumbs = new double[RUNS];
            double[] ingests = new double[RUNS];
            double[] vipsThumbs = new double[RUNS];
            double[] vipsStarts = new double[RUNS];
            double[] turnedIngests = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                thumbs[i] = time(() -> thumb(processor, photo, dir));
                ingests[i] = time(() -> ingest(processor, photo, dir));
                turnedIngests[i] = time(() -> ingest(processor, turned, dir));
                vipsThumbs[i] = withVips ? time(() -> Bench.run(PROCESS_LIMIT, vips)) : 0;
                vipsStarts[i] = withVips ? time(() -> Bench.run(PROCESS_LIMIT, vipsStartOnly)) : 0;
            }
            double thumbMs = median(thumbs);
            System.out.printf("thumb 320x320:  %6.1f ms%n", thumbMs);
            System.out.printf("full ingest:    %6.1f ms (probe + metadata + thumb + medium + md5/sha256)%n",
                    median(ingests));
            System.out.printf("  with EXIF orientation 6: %.1f ms (original kept, derivatives turned); "
                    + "ratio to the plain photo %.2f (target <= 1.3)%n", median(turnedIngests),
                    median(turnedIngests) / median(ingests));
            System.out.printf("peak heap:      %6.1f MB used (sampled every ms; max heap %d MB)%n",
                    heap.stop() / (1024.0 * 1024.0), Runtime.getRuntime().maxMemory() >> 20);
            if (withVips) {
                double vipsMs = median(vipsThumbs);
                double vipsWorkMs = vipsMs - median(vipsStarts);
                System.out.printf("vipsthumbnail:  %6.1f ms per process; ratio ours/vips %.2f%n", vipsMs,
                        thumbMs / vipsMs);
                System.out.printf("  without its %.1f ms start-up (a 16x12 image): %.1f ms; ratio ours/vips %.2f%n",
                        vipsMs - vipsWorkMs, vipsWorkMs, thumbMs / vipsWorkMs);
            } else {
                System.out.println("vipsthumbnail:  not installed (apt-get install libvips-tools)");
            }
            HeifBench.run(dir, photo);
        } finally {
            Folders.deleteRecursively(dir);
        }
    }

    private static void thumb(ImgscalrImageProcessor processor, Path photo, Path dir) throws IOException {
        Path work = Files.createTempDirectory(dir, "thumb");
        processor.render(photo, processor.probe(photo), new RenderRequest(0, new DerivativeSizes(320, 320, 0), work));
        Folders.deleteRecursively(work);
    }

    private static boolean vipsInstalled(String[] command) throws InterruptedException {
        try {
            return Bench.run(PROCESS_LIMIT, command) == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** A photo-like JPEG of the size (see {@link SyntheticPhotos}), written to the file. */
    static Path writePhoto(Path file, int width, int height) throws IOException {
        return Files.write(file, SyntheticPhotos.jpeg(width, height));
    }

    /** A copy of {@code jpeg} with an EXIF block saying "turn 90° clockwise" right after its SOI marker. */
    private static Path withOrientation6(Path jpeg, Path target) throws IOException {
        byte[] tiff = {'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0, 0, 0, 0, 0, 0};
        byte[] exif = "Exif\0\0".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        int length = 2 + exif.length + tiff.length;
        byte[] original = Files.readAllBytes(jpeg);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.write(original, 0, 2);
        out.write(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length});
        out.write(exif);
        out.write(tiff);
        out.write(original, 2, original.length - 2);
        return Files.write(target, out.toByteArray());
    }

    /** Polls the used heap (live objects and garbage not yet collected) and keeps the largest value. */
    static final class HeapSampler implements Runnable {
        private volatile boolean running = true;
        private long peak;
        private final Thread thread = new Thread(this, "heap-sampler");

        static HeapSampler start() {
            System.gc();
            HeapSampler sampler = new HeapSampler();
            sampler.thread.setDaemon(true);
            sampler.thread.start();
            return sampler;
        }

        @Override
        public void run() {
            Runtime runtime = Runtime.getRuntime();
            while (running) {
                peak = Math.max(peak, runtime.totalMemory() - runtime.freeMemory());
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long stop() throws InterruptedException {
            running = false;
            thread.join();
            return peak;
        }
    }
}
