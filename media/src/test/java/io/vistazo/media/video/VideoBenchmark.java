package io.vistazo.media.video;

import io.vistazo.core.domain.MediaFormat;
import io.vistazo.core.port.out.VideoProcessor.VideoProbe;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Milliseconds to probe a 720p 8 s H.264 clip (made with ffmpeg into {@code target/bench/}) and grab its frame with
 * JCodec, as quoted in the README. Run from the repository root (the {@code bench} profile runs it in the media
 * module's folder):
 *
 * <pre>
 * ./mvnw -B -q -pl media -am -DskipTests -Pbench -Dbench.class=io.vistazo.media.video.VideoBenchmark \
 *     -Dbench.jvm=-Xmx1g verify
 * </pre>
 */
public final class VideoBenchmark {

    private static final int WARM_UP_RUNS = 5;
    private static final int MEASURED_RUNS = 15;

    private VideoBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/bench"));
        // ffmpeg off: the figure is JCodec's.
        VideoSettings settings = new VideoSettings(VideoSettings.DEFAULT_MAX_BYTES, 3600, Duration.ofSeconds(60),
                null);
        try (JcodecVideoProcessor processor = new JcodecVideoProcessor(settings)) {
            // x264's defaults put one keyframe in 8 s, so the frame at 2 s needs 60 pictures decoded first;
            // phones write one every second or two.
            measure(processor, clip(dir, "ffmpeg defaults", List.of()), dir);
            measure(processor, clip(dir, "a keyframe every 1.5 s", List.of("-g", "45")), dir);
        }
        System.out.printf("machine: %d CPUs, %s, Java %s (%s)%n", Runtime.getRuntime().availableProcessors(),
                cpuModel(), System.getProperty("java.version"), System.getProperty("java.vm.name"));
    }

    private record Clip(Path file, String description) {
    }

    private static void measure(JcodecVideoProcessor processor, Clip clip, Path dir) throws IOException {
        double[] first = run(processor, clip.file(), dir);
        for (int i = 1; i < WARM_UP_RUNS; i++) {
            run(processor, clip.file(), dir);
        }
        double[] probes = new double[MEASURED_RUNS];
        double[] frames = new double[MEASURED_RUNS];
        for (int i = 0; i < MEASURED_RUNS; i++) {
            double[] times = run(processor, clip.file(), dir);
            probes[i] = times[0];
            frames[i] = times[1];
        }
        System.out.printf("720p 8 s H.264, %s (%d bytes): probe %.1f ms, frame %.0f ms (medians of %d warm runs; "
                        + "first run %.0f + %.0f ms)%n", clip.description(), Files.size(clip.file()), median(probes),
                median(frames), MEASURED_RUNS, first[0], first[1]);
    }

    /** Probe and frame times in milliseconds; checks the frame is not the generated poster. */
    private static double[] run(JcodecVideoProcessor processor, Path clip, Path dir) throws IOException {
        Path workDir = Files.createTempDirectory(dir, "run-");
        long start = System.nanoTime();
        VideoProbe probe = processor.probe(clip, MediaFormat.MP4);
        long probed = System.nanoTime();
        Path frame = processor.frame(clip, probe, workDir);
        long grabbed = System.nanoTime();
        if (!frame.getFileName().toString().equals("frame.jpeg")) {
            throw new IllegalStateException("JCodec did not decode the clip: " + frame);
        }
        try (Stream<Path> files = Files.list(workDir)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(workDir);
        return new double[] {(probed - start) / 1e6, (grabbed - probed) / 1e6};
    }

    private static Clip clip(Path dir, String description, List<String> options)
            throws IOException, InterruptedException {
        Path file = dir.resolve("bench-720p-8s" + String.join("", options) + ".mp4");
        if (Files.exists(file)) {
            return new Clip(file, description);
        }
        List<String> command = new ArrayList<>(List.of("ffmpeg", "-hide_banner", "-loglevel", "error", "-y",
                "-f", "lavfi", "-i", "testsrc2=size=1280x720:rate=30:duration=8",
                "-f", "lavfi", "-i", "sine=frequency=440:duration=8",
                "-c:v", "libx264", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest"));
        command.addAll(options);
        command.add(file.toString());
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("ffmpeg failed: " + String.join(" ", command));
        }
        return new Clip(file, description);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String cpuModel() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(line -> line.startsWith("model name")).findFirst()
                    .map(line -> line.substring(line.indexOf(':') + 1).strip()).orElse("unknown CPU");
        } catch (IOException e) {
            return System.getProperty("os.arch");
        }
    }
}
