package io.vistazo.media;

import io.vistazo.core.domain.Refusal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * libheif's command-line decoder ({@code heif-dec}, formerly {@code heif-convert}), run without a shell, in the
 * upload's work folder, with a time limit; it writes the primary image, upright, as JPEG (with the file's ICC
 * profile, EXIF and XMP) or PNG. Which command runs is found out once, on first need.
 */
final class HeifTool {

    /** What the upload's refusal names when no decoder is installed. */
    static final String INSTALL_HINT = "HEIC and AVIF need libheif's heif-dec or heif-convert on the server "
            + "(Debian and Ubuntu: apt-get install libheif-examples)";
    private static final Duration DETECTION_TIMEOUT = Duration.ofSeconds(10);

    private final HeifSettings settings;
    private Optional<String> command;

    HeifTool(HeifSettings settings) {
        this.settings = settings;
    }

    synchronized boolean available() {
        if (command == null) {
            command = settings.commands().stream().filter(HeifTool::runs).findFirst();
        }
        return command.isPresent();
    }

    private static boolean runs(String candidate) {
        try {
            Process process = start(List.of(candidate, "--help"), null);
            return finished(process, DETECTION_TIMEOUT) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Decodes the primary image of {@code source} into {@code target} (JPEG or PNG, by its extension).
     *
     * @param quality JPEG quality, 1 to 100
     * @return the file written: {@code target}, or the first of the numbered files the tool writes for a file
     *         with several top-level images
     * @throws Refusal 613 without a decoder; 610 when it fails or runs past the time limit
     */
    Path decode(Path source, Path target, int quality, Path workDir) {
        if (!available()) {
            throw Refusal.unavailableFormat(INSTALL_HINT);
        }
        List<String> arguments = new ArrayList<>(List.of(command.get(), "--quiet", "-q", Integer.toString(quality),
                source.toAbsolutePath().toString(), target.toAbsolutePath().toString()));
        try {
            Process process = start(arguments, workDir);
            if (!finished(process, settings.timeout())) {
                throw Refusal.undecodable("decoding took longer than " + settings.timeout().toSeconds() + " s");
            }
            Path written = written(target);
            if (process.exitValue() != 0 || written == null) {
                throw Refusal.undecodable("the HEIF decoder could not read the file");
            }
            return written;
        } catch (IOException e) {
            throw Refusal.undecodable("the HEIF decoder could not be run");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Refusal.undecodable("interrupted while decoding");
        }
    }

    /** {@code out.jpeg}, or {@code out-1.jpeg} when the file held more than one top-level image. */
    private static Path written(Path target) {
        if (Files.isRegularFile(target)) {
            return target;
        }
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        Path first = target.resolveSibling(name.substring(0, dot) + "-1" + name.substring(dot));
        return Files.isRegularFile(first) ? first : null;
    }

    private static Process start(List<String> arguments, Path workDir) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(arguments)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        if (workDir != null) {
            builder.directory(workDir.toFile());
        }
        Process process = builder.start();
        process.getOutputStream().close();
        return process;
    }

    /** Waits for the process; on timeout or interruption it is killed. */
    private static boolean finished(Process process, Duration timeout) throws InterruptedException {
        try {
            if (process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                return true;
            }
            kill(process);
            return false;
        } catch (InterruptedException e) {
            kill(process);
            throw e;
        }
    }

    private static void kill(Process process) throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(DETECTION_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }
}
