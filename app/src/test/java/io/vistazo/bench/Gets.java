package io.vistazo.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Static GET load on one URL: with wrk when installed (a C client leaves more of the two cores to the server
 * under test), else with the JDK's client.
 */
final class Gets {

    private static final Path WRK = Path.of("/usr/bin/wrk");
    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
    private static final Pattern TOTAL = Pattern.compile("(\\d+) requests in ([\\d.]+)s");
    private static final Pattern ERRORS = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");

    private Gets() {
    }

    static String client() {
        return Files.isExecutable(WRK) ? "wrk" : "JDK HttpClient";
    }

    static Stats measure(HttpClient client, String url, int concurrency, Duration length) throws Exception {
        if (Files.isExecutable(WRK)) {
            return wrk(url, concurrency, length);
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).GET().build();
        return Phases.run(concurrency, length, () -> fetch(client, request));
    }

    private static boolean fetch(HttpClient client, HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        return response.statusCode() == 200 && response.body().length > 0;
    }

    private static Stats wrk(String url, int concurrency, Duration length) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(WRK.toString(), "-t2", "-c" + concurrency,
                "-d" + length.toSeconds() + "s", "--latency", url)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        Matcher total = TOTAL.matcher(output);
        if (!total.find()) {
            throw new IOException("unexpected wrk output:\n" + output);
        }
        int requests = Integer.parseInt(total.group(1));
        Matcher errors = ERRORS.matcher(output);
        int failed = errors.find() ? Integer.parseInt(errors.group(1)) : 0;
        return new Stats(requests - failed, failed, Double.parseDouble(total.group(2)),
                new long[] {micros(output, "50%"), micros(output, "99%")});
    }

    /** A latency percentile line of wrk's {@code --latency} report, in microseconds. */
    private static long micros(String output, String percentile) {
        Matcher line = Pattern.compile(percentile + "\\s+([\\d.]+)(us|ms|s)").matcher(output);
        if (!line.find()) {
            return 0;
        }
        double value = Double.parseDouble(line.group(1));
        return switch (line.group(2)) {
            case "us" -> (long) value;
            case "ms" -> (long) (value * 1_000);
            default -> (long) (value * 1_000_000);
        };
    }
}
