package io.vistazo.media.bench;

import static io.vistazo.media.bench.Bench.ingest;
import static io.vistazo.media.bench.Bench.median;
import static io.vistazo.media.bench.Bench.time;

import io.vistazo.core.files.Folders;
import io.vistazo.media.ImgscalrImageProcessor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

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
    /** Encoding a 12-megapixel photo takes a while. */
    private static final Duration PROCESS_LIMIT = Duration.ofSeconds(300);

    private HeifBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("vistazo-heif-bench");
        try {
            run(dir, MediaBench.writePhoto(dir.resolve("photo-12mp.jpg"), 4000, 3000));
        } finally {
            Folders.deleteRecursively(dir);
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
            String[] vips = Bench.vipsThumbnail(file, dir);
            boolean withVips = Bench.run(PROCESS_LIMIT, vips) == 0;
            for (int i = 0; i < WARMUP; i++) {
                ingest(processor, file, dir);
            }
            double[] ours = new double[RUNS];
            double[] theirs = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                ours[i] = time(() -> ingest(processor, file, dir));
                theirs[i] = withVips ? time(() -> Bench.run(PROCESS_LIMIT, vips)) : 0;
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

    /** The file, encoded from {@code photo} unless an earlier run left it; null when the encoder is missing. */
    private static Path encoded(Path target, String... command) throws Exception {
        if (Files.isRegularFile(target)) {
            return target;
        }
        String[] withTarget = Arrays.copyOf(command, command.length + 1);
        withTarget[command.length] = target.toString();
        try {
            return Bench.run(PROCESS_LIMIT, withTarget) == 0 ? target : null;
        } catch (IOException e) {
            return null;
        }
    }
}
