package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Runs {@code vistazo <words>} against a data folder as the command line would, and returns what it printed. */
final class Cli {

    private Cli() {
    }

    static String run(Path dataDir, String... args) {
        return runWithInput(dataDir, "", args);
    }

    static String runWithInput(Path dataDir, String input, String... args) {
        List<String> words = new ArrayList<>();
        Map<String, String> flags = Settings.parseFlags(Arrays.asList(args), words);
        flags.put("data", dataDir.toString());
        TestDatabases.settings(dataDir).forEach(flags::putIfAbsent);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            int status = Main.run(words, Settings.load(flags, Map.of()),
                    new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                    new PrintStream(out, true, StandardCharsets.UTF_8));
            assertThat(status).as("exit status of " + String.join(" ", args)).isZero();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The value after {@code label} in the output, up to the next space or full stop. */
    static String valueAfter(String output, String label) {
        int start = output.indexOf(label);
        assertThat(start).as(label + " in: " + output).isNotNegative();
        String rest = output.substring(start + label.length());
        int end = 0;
        while (end < rest.length() && !Character.isWhitespace(rest.charAt(end)) && rest.charAt(end) != '.') {
            end++;
        }
        return rest.substring(0, end);
    }
}
