package io.vistazo.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/** The same static file served by nginx in the same run, for a ratio rather than an absolute claim. */
final class Nginx {

    private static final Path BINARY = Path.of("/usr/sbin/nginx");

    private Nginx() {
    }

    static void compare(HttpClient client, Path imagesDir, String filePath, Stats ours, int concurrency,
                        Duration length) throws Exception {
        if (!Files.isExecutable(BINARY)) {
            System.out.println("nginx not installed: no comparison (apt-get install nginx)");
            return;
        }
        Path prefix = Files.createTempDirectory("vistazo-nginx-");
        int port = freePort();
        Files.writeString(prefix.resolve("nginx.conf"), config(prefix, imagesDir.getParent(), port));
        Process nginx = new ProcessBuilder(List.of(BINARY.toString(), "-p", prefix.toString(), "-c",
                prefix.resolve("nginx.conf").toString())).inheritIO().start();
        try {
            Thread.sleep(500);
            Stats theirs = Gets.measure(client, "http://127.0.0.1:" + port + filePath, concurrency, length);
            System.out.println(theirs.line("nginx thumb  c=" + concurrency));
            System.out.printf(Locale.ROOT, "thumb GET throughput, Vistazo / nginx: %.2f (p99 %.2f× nginx's)%n",
                    ours.perSecond() / theirs.perSecond(), ours.percentileMillis(99) / theirs.percentileMillis(99));
        } finally {
            nginx.destroy();
            nginx.waitFor(5, TimeUnit.SECONDS);
        }
    }

    /** One worker per core, like our server on the same machine; files from the data folder. */
    private static String config(Path prefix, Path root, int port) {
        // Workers run as the bench's own user so they can read the (private) temporary data folder.
        return "daemon off; worker_processes auto; user " + System.getProperty("user.name") + ";\n"
                + "pid " + prefix.resolve("nginx.pid") + ";\n"
                + "error_log " + prefix.resolve("error.log") + ";\n"
                + "events { worker_connections 1024; }\n"
                + "http { access_log off; sendfile on; tcp_nopush on; keepalive_requests 100000;\n"
                + "  client_body_temp_path " + prefix + "/body; proxy_temp_path " + prefix + "/proxy;\n"
                + "  fastcgi_temp_path " + prefix + "/fcgi; uwsgi_temp_path " + prefix + "/uwsgi;\n"
                + "  scgi_temp_path " + prefix + "/scgi;\n"
                + "  types { image/jpeg jpg jpeg; image/png png; }\n"
                + "  server { listen 127.0.0.1:" + port + "; root " + root + "; } }\n";
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
