package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A newcomer's first commands, {@code java -jar vistazo.jar --help} and the like, run in an empty folder: they
 * print and exit, and the folder stays empty (no data folder, no admin).
 */
class CommandLineIT {

    @ParameterizedTest
    @CsvSource({"--help, 0, Usage:", "-h, 0, Usage:", "help, 0, Usage:", "--version, 0, vistazo ",
            "version, 0, vistazo ", "--bogus, 2, unknown option '--bogus'", "bogus, 2, unknown command 'bogus'"})
    void printsAndExitsWithoutCreatingAnything(String argument, int status, String printed, @TempDir Path folder)
            throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("vistazo.jar", "target/vistazo.jar")).toAbsolutePath();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", jar.toString(), argument));
        Path out = Files.createTempFile("vistazo-out", ".txt");
        Path err = Files.createTempFile("vistazo-err", ".txt");
        try {
            Process process = new ProcessBuilder(command).directory(folder.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            boolean ended = process.waitFor(60, TimeUnit.SECONDS);
            if (!ended) {
                process.destroyForcibly().waitFor();
            }
            String stdout = Files.readString(out, StandardCharsets.UTF_8);
            String stderr = Files.readString(err, StandardCharsets.UTF_8);
            assertThat(ended).as("the jar kept running: " + stdout + stderr).isTrue();
            assertThat(process.exitValue()).as(stdout + stderr).isEqualTo(status);
            assertThat(status == 0 ? stdout : stderr).contains(printed);
            try (Stream<Path> created = Files.list(folder)) {
                assertThat(created).as("files created by " + argument).isEmpty();
            }
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
