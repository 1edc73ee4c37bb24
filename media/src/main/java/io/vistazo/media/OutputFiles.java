package io.vistazo.media;

import io.vistazo.core.domain.MediaFormat;
import java.nio.file.Path;

/** Names of the rendered files in the work folder, never the source's own name (it may be the main file). */
final class OutputFiles {

    private final Path workDir;
    private final Path source;

    OutputFiles(Path workDir, Path source) {
        this.workDir = workDir;
        this.source = source.toAbsolutePath().normalize();
    }

    /** {@code thumb.jpeg}, {@code medium.png}, {@code main.png}… */
    Path named(String role, MediaFormat format) {
        Path candidate = workDir.resolve(role + "." + format.extension());
        if (candidate.toAbsolutePath().normalize().equals(source)) {
            return workDir.resolve(role + "-rendered." + format.extension());
        }
        return candidate;
    }
}
