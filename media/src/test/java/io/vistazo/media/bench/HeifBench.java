package io.vistazo.media.bench;

import io.vistazo.core.port.out.ImageProcessor.Probe;
import io.vistazo.core.port.out.ImageProcessor.RenderRequest;
import io.vistazo.core.port.out.ImageProcessor.Rendition;
import io.vistazo.core.service.Hashes;
import io.vistazo.media.ImgscalrImageProcessor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Times the ingest of a 12-megapixel HEIC and AVIF (probe with metadata, libheif's decode, thumb, medium, md5 and
 * SHA-256; for the HEIC also the JPEG it is stored as and its kept original) next to {@code vipsthumbnail} making a
 * thumb of the same files, which libvips reads through the same libheif. The files are encoded once from
 * {@link MediaBench}'s photo by {@code heif-enc} and {@code avifenc} and kept in {@code target/bench/}. Run by
 * {@link MediaBench}, or alone with the same command naming this class.
 */
public final class HeifBench {

    private static final int WARMUP = 2;
    private static final int RUNS = 7;

    private HeifBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("vistazo-heif-bench");
        try {
            run(dir, MediaBench.writePhoto(dir.resolve("photo-12mp.jpg"), 4000, 3000));
        } finally {
            deleteTree(dir);
        }
    }

    static void run(Path dir, Path photo) throws Exception {
        Path cache = Files.createDirectories(Path.of("target", "bench"));
        Path heic = encoded(cache.resolve("photo-12mp.heic"), "heif-enc", "-q", "50", photo.toString(), "-o");
        Path avif = encoded(cache.resolve("photo-12mp.avif"), "avifenc", "-s", "8", "-j", "1", photo.toString());
        if (heic == null || avif == null) {
            System.out.println("HEIC/AVIF: heif-enc or avifenc missing (apt-get install libheif-examples "
                    + "libavif-bin)");
            return;
        }
        ImgscalrImageProcessor processor = new ImgscalrImageProcessor();
        for (Path file : new Path[] {heic, avif}) {
            String[] vips = {"vipsthumbnail", file.toString(), "-s", "320x320", "--smartcrop", "centre",
                "-o", dir.resolve("vips.jpg") + "[Q=90]"};
            boolean withVips = run(vips) == 0;
            for (int i = 0; i < WARMUP; i++) {
                ingest(processor, file, dir);
            }
            double[] ours = new double[RUNS];
            double[] theirs = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                ours[i] = time(() -> ingest(processor, file, dir));
                theirs[i] = withVips ? time(() -> run(vips)) : 0;
            }
            double oursMs = median(ours);
            System.out.printf("%s 4000x3000, %,d bytes: full ingest %6.1f ms", file.getFileName(), Files.size(file),
                    oursMs);
            if (withVips) {
                double vipsMs = median(theirs);
                System.out.printf("; vipsthumbnail %6.1f ms per process; ratio ours/vips %.2f%n", vipsMs,
                        oursMs / vipsMs);
            } else {
                System.out.println("; vipsthumbnail not installed (apt-get install libvips-tools)");
            }
        }
    }

    private static void ingest(ImgscalrImageProcessor processor, Path file, Path dir) throws IOException {
        Path work = Files.createTempDirectory(dir, "heif");
        Probe probe = processor.probe(file);
        Rendition rendition = processor.render(file, probe, new RenderRequest(0, 320, 320, 500, work));
        Hashes.ofFile(rendition.main());
        deleteTree(work);
    }

    /** The file, encoded from {@code photo} unless an earlier run left it; null when the encoder is missing. */
    private static Path encoded(Path target, String... command) throws Exception {
        if (Files.isRegularFile(target)) {
            return target;
        }
        String[] withTarget = Arrays.copyOf(command, command.length + 1);
        withTarget[command.length] = target.toString();
        try {
            return run(withTarget) == 0 ? target : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** A timed piece of work. */
    @FunctionalInterface
    interface Work {
        void run() throws Exception;
    }

    private static double time(Work work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(double[] times) {
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static int run(String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("VIPS_CONCURRENCY", "1");
        Process process = builder.start();
        if (!process.waitFor(300, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
