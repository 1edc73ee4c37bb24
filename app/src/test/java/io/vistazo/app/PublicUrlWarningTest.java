package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without {@code public-url}, one warning at start says links follow the Host header and how to set it. */
class PublicUrlWarningTest {

    private static final String WARNING = "public-url is not set: links are built from each request's Host header";

    @Test
    void startingWithoutPublicUrlWarnsOnce(@TempDir Path dataDir) {
        String log = logOf(() -> TestServer.start(dataDir, HttpEngine.JDK));

        assertThat(log.lines().filter(line -> line.contains(WARNING))).hasSize(1);
        assertThat(log).contains("--public-url https://img.example.org");
    }

    @Test
    void startingWithPublicUrlDoesNotWarn(@TempDir Path dataDir) {
        String log = logOf(() -> TestServer.start(dataDir, HttpEngine.JDK, "public-url", "https://img.example.org"));

        assertThat(log).doesNotContain("public-url is not set").contains("Vistazo listening");
    }

    /** What the server logs to stderr (slf4j-simple's target) while it starts; it is stopped again. */
    private static String logOf(Supplier<TestServer> start) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            start.get().close();
        } finally {
            System.setErr(original);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        original.print(log);
        return log;
    }
}
