package io.vistazo.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** wrk, when installed: a C load generator leaves more of the two cores to the server under test. */
final class Wrk {

    private static final Path WRK = Path.of("/usr/bin/wrk");
    private static final Pattern TOTAL = Pattern.compile("(\\d+) requests in ([\\d.]+)s");
    private static final Pattern ERRORS = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
    private static final Pattern SOCKET_ERRORS = Pattern.compile(
            "Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    private Wrk() {
    }

    static boolean installed() {
        return Files.isExecutable(WRK);
    }

    /**
     * Runs wrk against {@code url}; with a Lua {@code script} (may be null) and its environment.
     * Requests answered with other than 2xx/3xx, and socket errors, count as errors.
     */
    static Stats run(String url, int concurrency, Duration length, Path script, Map<String, String> environment)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(WRK.toString(), "-t" + Math.min(2, concurrency),
                "-c" + concurrency, "-d" + length.toSeconds() + "s", "--timeout", "30s", "--latency"));
        if (script != null) {
            command.addAll(List.of("-s", script.toString()));
        }
        command.add(url);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        Matcher total = TOTAL.matcher(output);
        if (!total.find()) {
            throw new IOException("unexpected wrk output:\n" + output);
        }
        int requests = Integer.parseInt(total.group(1));
        Matcher errors = ERRORS.matcher(output);
        int failed = errors.find() ? Integer.parseInt(errors.group(1)) : 0;
        Matcher socket = SOCKET_ERRORS.matcher(output);
        int socketErrors = 0;
        if (socket.find()) {
            for (int group = 1; group <= 4; group++) {
                socketErrors += Integer.parseInt(socket.group(group));
            }
        }
        return new Stats(requests - failed, failed + socketErrors, Double.parseDouble(total.group(2)),
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
