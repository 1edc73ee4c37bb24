package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code vistazo help|--help|-h|version|--version} only print, and a mistaken command or flag prints the usage to
 * standard error with status 2; neither creates the data folder. {@link CommandLineIT} runs the real jar.
 */
class CommandLineTest {

    /** What one run printed and returned. */
    private record Outcome(int status, String out, String err) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "-h", "help"})
    void helpPrintsTheUsageAndCreatesNothing(String word, @TempDir Path dir) {
        Outcome outcome = run(dir, word);

        assertThat(outcome.status()).isZero();
        assertThat(outcome.out()).startsWith("Usage: java -jar vistazo.jar").contains("version, --version");
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"--version", "version"})
    void versionPrintsTheProjectVersionAndCreatesNothing(String word, @TempDir Path dir) {
        Outcome outcome = run(dir, word);

        assertThat(outcome.status()).isZero();
        assertThat(outcome.out().strip()).matches("vistazo \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"--prot=9000", "--frobnicate", "serv", "-x", "user", "user frobnicate",
        "key create --usr admin", "check --repiar"})
    void aMistakePrintsTheUsageToStandardErrorWithStatusTwoAndCreatesNothing(String line, @TempDir Path dir) {
        Outcome outcome = run(dir, line.split(" "));

        assertThat(outcome.status()).isEqualTo(2);
        assertThat(outcome.out()).isEmpty();
        assertThat(outcome.err()).startsWith("vistazo: unknown ").contains("Usage: java -jar vistazo.jar");
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @Test
    void theUnknownFlagIsNamed(@TempDir Path dir) {
        assertThat(run(dir, "--port", "0", "--prot", "9000").err()).startsWith("vistazo: unknown option '--prot'");
        assertThat(run(dir, "user", "list", "--rol", "admin").err()).startsWith("vistazo: unknown option '--rol'");
    }

    @Test
    void everySettingAndEachCommandsOwnFlagsAreKnown() {
        assertThat(Main.mistake(List.of(), settings("--port", "0", "--exif", "strip-all", "--thumb-width", "200",
                "--web-guest-uploads", "on", "--flood-per-minute", "5"))).isEmpty();
        assertThat(Main.mistake(List.of("check"), settings("--repair"))).isEmpty();
        assertThat(Main.mistake(List.of("user", "add", "ana"), settings("--role", "admin", "--password", "-")))
                .isEmpty();
        assertThat(Main.mistake(List.of("user", "add", "ana"), settings("--repair")))
                .contains("unknown option '--repair'");
    }

    /** A setting read anywhere but in {@link VistazoConfig#from} would be refused as an unknown flag. */
    @Test
    void everySettingOfTheReadmeTableIsAFlagTheServerAccepts() throws Exception {
        Settings defaults = settings();
        VistazoConfig.from(defaults);

        List<String> documented = readmeSettings();
        assertThat(documented).hasSizeGreaterThan(40).contains("port", "exif", "web-guest-uploads");
        assertThat(defaults.namesAskedFor()).containsAll(documented);
    }

    /** The names in the first column of the README's configuration table. */
    private static List<String> readmeSettings() throws Exception {
        Path readme = Path.of("").toAbsolutePath().getParent().resolve("README.md");
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        String table = text.substring(text.indexOf("## Configuration"), text.indexOf("\n## ", text.indexOf(
                "## Configuration") + 1));
        List<String> names = new ArrayList<>();
        for (String line : table.split("\n")) {
            if (line.startsWith("| `")) {
                Matcher name = Pattern.compile("`([a-z0-9-]+)`").matcher(line.substring(0, line.indexOf(" |", 2)));
                while (name.find()) {
                    names.add(name.group(1));
                }
            }
        }
        return names;
    }

    @Test
    void aKnownCommandStillRuns(@TempDir Path dir) {
        Outcome outcome = run(dir, "user", "add", "ana");

        assertThat(outcome.status()).as(outcome.err()).isZero();
        assertThat(outcome.out()).contains("Created user 'ana'.");
        assertThat(dir.resolve("data").resolve("vistazo.db")).exists();
    }

    @Test
    void aBadValueIsOneLineWithStatusTwo(@TempDir Path dir) {
        Outcome outcome = run(dir, "--port", "eighty");

        assertThat(outcome.status()).isEqualTo(2);
        assertThat(outcome.err().strip()).isEqualTo("vistazo: port must be a whole number, not eighty");
        assertThat(dir.resolve("data")).doesNotExist();
    }

    /** Runs the command line with its data folder in {@code dir}; today's mistakes would start a server. */
    private static Outcome run(Path dir, String... args) {
        Map<String, String> env = Map.of("VISTAZO_DATA", dir.resolve("data").toString(), "VISTAZO_PORT", "0",
                "VISTAZO_BIND", "127.0.0.1");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Main.run(List.of(args), env,
                new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)), "the command did not return: it serves");
        return new Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Settings settings(String... args) {
        Map<String, String> flags = Settings.parseFlags(List.of(args), new ArrayList<>());
        return Settings.load(Map.copyOf(flags), Map.of());
    }
}
