package io.vistazo.media.bench;

import io.vistazo.core.domain.DerivativeSizes;
import io.vistazo.core.files.Folders;
import io.vistazo.core.port.out.ImageProcessor.Probe;
import io.vistazo.core.port.out.ImageProcessor.RenderRequest;
import io.vistazo.core.port.out.ImageProcessor.Rendition;
import io.vistazo.core.service.Hashes;
import io.vistazo.media.ImgscalrImageProcessor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/** What {@link MediaBench} and {@link HeifBench} both do: time work, take medians, ingest, run vipsthumbnail. */
final class Bench {

    private Bench() {
    }

    /** A timed piece of work. */
    @FunctionalInterface
    interface Work {
        void run() throws Exception;
    }

    /** How long the work took, in milliseconds. */
    static double time(Work work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e6;
    }

    static double median(double[] times) {
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** Probe with metadata, thumb, medium, md5 and SHA-256, in a work folder of its own. */
    static void ingest(ImgscalrImageProcessor processor, Path image, Path dir) throws IOException {
        Path work = Files.createTempDirectory(dir, "ingest");
        Probe probe = processor.probe(image);
        Rendition rendition = processor.render(image, probe,
                new RenderRequest(0, new DerivativeSizes(320, 320, 500), work));
        Hashes.ofFile(rendition.main());
        Folders.deleteRecursively(work);
    }

    /** The {@code vipsthumbnail} command that makes the same 320×320 thumb as ours, into {@code dir}. */
    static String[] vipsThumbnail(Path image, Path dir) {
        return new String[] {"vipsthumbnail", image.toString(), "-s", "320x320", "--smartcrop", "centre",
            "-o", dir.resolve("vips.jpg") + "[Q=90]"};
    }

    /** The command's exit status, its output discarded; -1 when it ran longer than {@code limit} and was killed. */
    static int run(Duration limit, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("VIPS_CONCURRENCY", "1");
        Process process = builder.start();
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }
}
