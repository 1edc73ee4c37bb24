package io.vistazo.media.video;

import io.vistazo.core.domain.MediaFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The optional ffmpeg executable, for the streams JCodec cannot decode (VP8, VP9, AV1, HEVC…). Whether it runs is
 * found out once, on first need.
 */
final class Ffmpeg {

    private static final Duration DETECTION_TIMEOUT = Duration.ofSeconds(10);

    private final String command;
    private Boolean available;

    /** @param command a name looked up on {@code PATH} or a path; null never runs anything */
    Ffmpeg(String command) {
        this.command = command;
    }

    synchronized boolean available() {
        if (available == null) {
            available = command != null && detect();
        }
        return available;
    }

    private boolean detect() {
        try {
            Process process = start(List.of(command, "-hide_banner", "-version"));
            return finished(process, DETECTION_TIMEOUT) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Writes the frame shown at {@code second} as JPEG. The demuxer is forced from the sniffed format, only the
     * file protocol is allowed and stdin is closed, so the file cannot make ffmpeg read anything else.
     *
     * @return whether a JPEG was written within {@code timeout}
     */
    boolean frame(Path video, MediaFormat format, int second, Path target, Duration timeout)
            throws IOException, InterruptedException {
        Files.deleteIfExists(target);
        Process process = start(List.of(command, "-nostdin", "-hide_banner", "-loglevel", "error",
                "-protocol_whitelist", "file", "-ss", Integer.toString(second),
                "-f", format == MediaFormat.WEBM ? "matroska" : "mov",
                "-i", "file:" + video.toAbsolutePath(),
                "-map", "0:v:0", "-frames:v", "1", "-an", "-sn", "-dn", "-q:v", "2",
                "-f", "image2", "-c:v", "mjpeg", "-y", "file:" + target.toAbsolutePath()));
        return finished(process, timeout) && process.exitValue() == 0 && JpegFiles.isJpeg(target);
    }

    private static Process start(List<String> arguments) throws IOException {
        Process process = new ProcessBuilder(arguments)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        process.getOutputStream().close();
        return process;
    }

    /** Waits for the process; on timeout or interruption it is killed. */
    private static boolean finished(Process process, Duration timeout) throws InterruptedException {
        try {
            if (process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                return true;
            }
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            return false;
        } catch (InterruptedException e) {
            process.destroyForcibly();
            throw e;
        }
    }
}
