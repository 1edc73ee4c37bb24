package io.vistazo.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A real nginx (Debian's {@code nginx-light}, which {@code .ci/run} installs) in front of a test server, started
 * from a configuration written into a temporary folder and stopped on close. It connects to the server from
 * {@link #PROXY_ADDRESS}, so the server can tell it from test clients, which connect from {@code 127.0.0.1}.
 */
final class Nginx implements AutoCloseable {

    /** The address nginx connects to the server from: the one to list in {@code trusted-proxies}. */
    static final String PROXY_ADDRESS = "127.0.0.5";

    private final Process process;
    private final Path folder;
    final int port;
    /** A second listener that says {@code X-Forwarded-Proto: https}, as a TLS listener would. */
    final int httpsPort;

    private Nginx(Process process, Path folder, int port, int httpsPort) {
        this.process = process;
        this.folder = folder;
        this.port = port;
        this.httpsPort = httpsPort;
    }

    static Nginx proxyTo(int upstreamPort, Path folder) {
        int port = freePort();
        int httpsPort = freePort();
        try {
            Path config = folder.resolve("nginx.conf");
            Files.writeString(config, config(folder, upstreamPort, port, httpsPort));
            Process process = new ProcessBuilder(binary(), "-p", folder.toString(), "-c", config.toString(),
                    "-e", folder.resolve("error.log").toString(), "-g", "daemon off;")
                    .redirectErrorStream(true)
                    .redirectOutput(folder.resolve("nginx.out").toFile())
                    .start();
            Nginx nginx = new Nginx(process, folder, port, httpsPort);
            nginx.awaitListening();
            return nginx;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String config(Path folder, int upstreamPort, int port, int httpsPort) {
        String proxy = """
                        proxy_pass http://127.0.0.1:%d;
                        proxy_bind %s;
                        proxy_http_version 1.1;
                        proxy_set_header Host $http_host;
                        proxy_set_header X-Real-IP $remote_addr;
                        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                        proxy_set_header X-Forwarded-Host $http_host;
                """.formatted(upstreamPort, PROXY_ADDRESS);
        return """
                worker_processes 1;
                pid %1$s/nginx.pid;
                events { worker_connections 64; }
                http {
                    access_log off;
                    client_body_temp_path %1$s/body;
                    proxy_temp_path %1$s/proxy;
                    client_max_body_size 0;
                    client_body_buffer_size 4m;
                    server {
                        listen 127.0.0.1:%2$d;
                        location / {
                %4$s            proxy_set_header X-Forwarded-Proto $scheme;
                        }
                    }
                    server {
                        listen 127.0.0.1:%3$d;
                        location / {
                %4$s            proxy_set_header X-Forwarded-Proto https;
                        }
                    }
                }
                """.formatted(folder, port, httpsPort, proxy);
    }

    private static String binary() {
        for (String candidate : new String[] {"/usr/sbin/nginx", "/usr/bin/nginx"}) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        throw new AssertionError("nginx is not installed: apt-get install nginx-light (.ci/run does)");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitListening() throws IOException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("nginx exited: " + log());
            }
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress("127.0.0.1", httpsPort), 200);
                try (Socket other = new Socket()) {
                    other.connect(new InetSocketAddress("127.0.0.1", port), 200);
                    return;
                }
            } catch (IOException notYet) {
                LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
            }
        }
        throw new AssertionError("nginx did not listen within 20 s: " + log());
    }

    private String log() throws IOException {
        Path out = folder.resolve("nginx.out");
        Path errors = folder.resolve("error.log");
        return (Files.exists(out) ? Files.readString(out) : "")
                + (Files.exists(errors) ? Files.readString(errors) : "");
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
