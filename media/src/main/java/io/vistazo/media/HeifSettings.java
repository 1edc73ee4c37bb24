package io.vistazo.media;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How HEIC/HEIF and AVIF uploads are decoded: by libheif's command-line decoder (Debian {@code libheif-examples}),
 * which reads both.
 *
 * @param commands the decoder to run, a name looked up on {@code PATH} or a path; the first that runs is used.
 *                 Empty never runs anything: such uploads are then refused with 613
 * @param timeout how long one decode may take before it is killed and the upload refused
 * @param keepOriginal whether a HEIC converted to JPEG keeps its original beside it, for download
 */
public record HeifSettings(List<String> commands, Duration timeout, boolean keepOriginal) {

    /** {@code heif-dec} (libheif 1.17 and later), else its former name {@code heif-convert}. */
    public static final List<String> DEFAULT_COMMANDS = List.of("heif-dec", "heif-convert");
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    public HeifSettings {
        commands = List.copyOf(commands);
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the HEIF decode timeout must be positive");
        }
    }

    public static HeifSettings defaults() {
        return new HeifSettings(DEFAULT_COMMANDS, DEFAULT_TIMEOUT, true);
    }

    /** @param command a name or path, or null never to run a decoder */
    public HeifSettings withCommand(String command) {
        return new HeifSettings(command == null ? List.of() : List.of(command), timeout, keepOriginal);
    }

    public HeifSettings withTimeout(Duration limit) {
        return new HeifSettings(commands, limit, keepOriginal);
    }

    public HeifSettings withKeepOriginal(boolean keep) {
        return new HeifSettings(commands, timeout, keep);
    }
}
