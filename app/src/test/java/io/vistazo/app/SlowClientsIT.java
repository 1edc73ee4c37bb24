package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Slowloris: a client that sends half its headers and stalls is disconnected by the timeouts. In its own JVM
 * because the JDK server reads its timeouts once per process.
 */
class SlowClientsIT {

    @ParameterizedTest
    @EnumSource(HttpEngine.class)
    void stalledHeadersAndTricklingBodiesAreCutOff(HttpEngine engine, @TempDir Path dataDir) throws Exception {
        try (JarProcess jar = JarProcess.start(dataDir, List.of(), "--engine", engine.name(),
                "--idle-timeout", "2", "--request-timeout", "3")) {
            try (RawClient slow = new RawClient(jar.port())) {
                slow.send("GET /health HTTP/1.1\r\nHost: local");
                long start = System.nanoTime();
                slow.readUntilClosed(15_000);
                assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)).isLessThan(10);
            }
            try (RawClient trickling = new RawClient(jar.port())) {
                trickling.send("POST /api/1/upload HTTP/1.1\r\nHost: local\r\nContent-Type: application/"
                        + "x-www-form-urlencoded\r\nContent-Length: 100000\r\n\r\n");
                long start = System.nanoTime();
                try {
                    for (int i = 0; i < 100 && System.nanoTime() - start < TimeUnit.SECONDS.toNanos(12); i++) {
                        trickling.send("a=b&");
                        Thread.sleep(200);
                    }
                } catch (java.io.IOException cutOff) {
                    // The server hung up, which is the point.
                }
                trickling.readUntilClosed(15_000);
                assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)).isLessThan(12);
            }
            try (RawClient fine = new RawClient(jar.port())) {
                fine.send("GET /health HTTP/1.1\r\nHost: local\r\nConnection: close\r\n\r\n");
                assertThat(fine.readUntilClosed(5_000)).startsWith("HTTP/1.1 200");
            }
        }
    }
}
