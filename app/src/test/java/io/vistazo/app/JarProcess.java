package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The real artifact, {@code app/target/vistazo.jar}, started as a user would, in its own JVM. */
final class JarProcess implements AutoCloseable {

    private static final String END = "\u0000end";
    private static final Pattern READY = Pattern.compile("Vistazo is ready at (http://\\S+)");

    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final StringBuilder log = new StringBuilder();
    private String baseUrl;
    private String adminKey;

    private JarProcess(Process process) {
        this.process = process;
        Thread drain = new Thread(this::drain, "jar-output");
        drain.setDaemon(true);
        drain.start();
    }

    /** Starts the jar on a free loopback port and waits until it says it is ready. */
    static JarProcess start(Path dataDir, List<String> jvmOptions, String... settings)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar(), "--port", "0", "--bind", "127.0.0.1",
                "--data", dataDir.toString()));
        command.addAll(List.of(settings));
        JarProcess started = new JarProcess(new ProcessBuilder(command).redirectErrorStream(true).start());
        started.awaitReady();
        return started;
    }

    /** Runs {@code vistazo check} on the data folder in its own JVM; its report, once it exited with 0. */
    static String check(Path dataDir) throws IOException, InterruptedException {
        return check(dataDir, List.of());
    }

    /** {@code vistazo check} on {@code dataDir} with the site's other settings as flags, as an operator runs it. */
    static String check(Path dataDir, List<String> flags) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", jar(), "check", "--data", dataDir.toString()));
        command.addAll(flags);
        Process check = new ProcessBuilder(command).redirectErrorStream(true).start();
        String report = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(check.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(check.exitValue()).as(report).isZero();
        return report;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String jar() {
        return System.getProperty("vistazo.jar", "target/vistazo.jar");
    }

    private void awaitReady() throws InterruptedException {
        while (baseUrl == null) {
            String line = lines.poll(60, TimeUnit.SECONDS);
            if (line == null || line.equals(END)) {
                throw new AssertionError("the jar did not start:\n" + log());
            }
            if (line.strip().startsWith("chv_")) {
                adminKey = line.strip();
            }
            Matcher ready = READY.matcher(line);
            if (ready.find()) {
                baseUrl = ready.group(1);
            }
        }
    }

    private void drain() {
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                synchronized (log) {
                    log.append(line).append('\n');
                }
                lines.add(line);
            }
        } catch (IOException e) {
            lines.add("output closed: " + e.getMessage());
        }
        lines.add(END);
    }

    String baseUrl() {
        return baseUrl;
    }

    int port() {
        return Integer.parseInt(baseUrl.substring(baseUrl.lastIndexOf(':') + 1));
    }

    /** The admin key printed at first start, or null when the data folder had one already. */
    String adminKey() {
        return adminKey;
    }

    String log() {
        synchronized (log) {
            return log.toString();
        }
    }

    long pid() {
        return process.pid();
    }

    /** SIGKILL: no shutdown hook, no flushing, as a power cut or the OOM killer would do. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
