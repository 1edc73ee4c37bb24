package io.vistazo.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The facts a benchmark figure needs next to it. */
final class Machine {

    private Machine() {
    }

    static String describe() {
        return "machine: " + Runtime.getRuntime().availableProcessors() + " cores, " + cpuModel() + ", "
                + (Runtime.getRuntime().maxMemory() >> 20) + " MB max heap for the client; JDK "
                + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")";
    }

    /** The 1, 5 and 15 minute load averages: other work on the machine skews a figure taken under load. */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return "load average " + fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "load average unknown";
        }
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip())
                    .findFirst().orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }
}
