package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

/** The checkout the tests run in, for the tests that read its README and docs. */
final class ProjectRoot {

    private ProjectRoot() {
    }

    /** The nearest folder above the working directory with {@code mvnw} and {@code README.md}. */
    static Path find() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !(Files.exists(dir.resolve("mvnw")) && Files.exists(dir.resolve("README.md")))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("the project root above " + Path.of("").toAbsolutePath()).isNotNull();
        return dir;
    }
}
