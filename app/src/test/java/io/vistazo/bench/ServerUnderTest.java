package io.vistazo.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The shaded jar in its own JVM, so that its memory is measured apart from the load generator's. */
final class ServerUnderTest implements AutoCloseable {

    private static final Pattern READY = Pattern.compile("Vistazo is ready at (http://\\S+)");

    private final Process process;
    private final String baseUrl;
    private final String adminKey;

    private ServerUnderTest(Process process, String baseUrl, String adminKey) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.adminKey = adminKey;
    }

    /** @param settings more settings, as {@code --name value} pairs (the database and storage) */
    static ServerUnderTest start(Path jar, Path data, String engine, List<String> settings) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-jar", jar.toString(), "--port", "0", "--bind",
                "127.0.0.1", "--data", data.toString(), "--engine", engine,
                "--upload-queue-timeout-ms", "120000", "--flood-per-minute", "0", "--flood-per-hour", "0",
                "--flood-per-day", "0", "--flood-per-week", "0", "--flood-per-month", "0"));
        command.addAll(settings);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String key = null;
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.strip().startsWith("chv_")) {
                key = line.strip();
            }
            Matcher ready = READY.matcher(line);
            if (ready.find()) {
                CompletableFuture.runAsync(() -> out.lines().forEach(rest -> { }));
                return new ServerUnderTest(process, ready.group(1), key);
            }
        }
        throw new IOException("the server did not start");
    }

    String baseUrl() {
        return baseUrl;
    }

    String adminKey() {
        return adminKey;
    }

    long rssMb() {
        return statusKb("VmRSS:") / 1024;
    }

    /** CPU time the server has used so far, user and system, in milliseconds (Linux: 100 clock ticks a second). */
    long cpuMillis() {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The kernel's high-water mark of the server's resident memory. */
    long peakRssMb() {
        return statusKb("VmHWM:") / 1024;
    }

    private long statusKb(String field) {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status")).stream()
                    .filter(line -> line.startsWith(field))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("\\D+", "")))
                    .findFirst().orElse(-1);
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
