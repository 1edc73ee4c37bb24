package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every command the README gives works as written on a fresh clone after the build: nothing of Vistazo is in the
 * local Maven repository there, so a Maven command that picks modules ({@code -pl}) must build their dependencies
 * with them ({@code -am}), may only name profiles the poms declare and lifecycle phases (a plugin goal such as
 * {@code exec:exec} would run in every module {@code -am} adds, and {@code install} would leak a snapshot into the
 * shared repository; the formatter's goals, which only rewrite sources, are the exception), and every
 * {@code java -jar} names the jar the build makes.
 */
class ReadmeCommandsTest {

    private static final Set<String> PHASES = Set.of("clean", "validate", "compile", "test-compile", "test",
            "package", "verify");
    /** Goals that read or rewrite the sources of every module, and need nothing built. */
    private static final Set<String> SOURCE_GOALS = Set.of("spotless:apply", "spotless:check");
    private static final String BUILT_JAR = "app/target/vistazo.jar";
    private static final Pattern FENCED_SHELL = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern ANY_FENCED = Pattern.compile("```[a-z]*\\n.*?```", Pattern.DOTALL);
    private static final Pattern INLINE_CODE = Pattern.compile("`([^`\\n]+(?:\\n[^`\\n]+)?)`");
    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
    private static final Pattern PROFILE_ID = Pattern.compile("<profile>\\s*(?:<!--.*?-->\\s*)*<id>([^<]+)</id>",
            Pattern.DOTALL);

    private final Path root = ProjectRoot.find();

    @Test
    void everyMavenCommandResolvesThroughTheReactor() throws IOException {
        List<List<String>> maven = commands().stream().filter(command -> command.get(0).equals("./mvnw")).toList();

        assertThat(maven).as("Maven commands found in the README").hasSizeGreaterThanOrEqualTo(5);
        for (List<String> command : maven) {
            assertThat(problems(command)).as(String.join(" ", command)).isEmpty();
        }
    }

    @Test
    void everyJarCommandRunsTheJarTheBuildMakes() throws IOException {
        assertThat(Files.readString(root.resolve("app/pom.xml"))).contains("<finalName>vistazo</finalName>");
        List<String> jars = new ArrayList<>();
        for (List<String> command : commands()) {
            int jar = command.indexOf("-jar");
            if (command.get(0).equals("java") && jar > 0 && jar + 1 < command.size()) {
                jars.add(command.get(jar + 1));
            }
        }

        assertThat(jars).isNotEmpty().allSatisfy(jar -> assertThat(jar).isEqualTo(BUILT_JAR));
    }

    @Test
    void theCommandsThatFailedOnAFreshCloneAreCaught() throws IOException {
        assertThat(problems(words("./mvnw -B -q -pl media test-compile exec:exec -Dexec.executable=java")))
                .hasSize(2);
        assertThat(problems(words("./mvnw -B -pl media -am -Pno-such-profile verify"))).hasSize(1);
        assertThat(problems(words("./mvnw -B -pl nowhere -am install"))).hasSize(2);
        assertThat(problems(words("./mvnw -B -q -pl media -am -DskipTests -Pbench verify"))).isEmpty();
    }

    /** What would fail on a fresh clone; empty when nothing would. */
    private List<String> problems(List<String> command) throws IOException {
        List<String> problems = new ArrayList<>();
        Set<String> modules = declared(MODULE, root.resolve("pom.xml"));
        Set<String> profiles = new TreeSet<>(declared(PROFILE_ID, root.resolve("pom.xml")));
        for (String module : modules) {
            profiles.addAll(declared(PROFILE_ID, root.resolve(module).resolve("pom.xml")));
        }
        boolean alsoMake = command.contains("-am") || command.contains("--also-make");
        for (int i = 1; i < command.size(); i++) {
            String word = command.get(i);
            if (word.equals("-pl") || word.equals("--projects")) {
                for (String module : command.get(++i).split(",")) {
                    if (!modules.contains(module)) {
                        problems.add("no module " + module);
                    }
                }
                if (!alsoMake) {
                    problems.add("-pl without -am: the other modules would come from the local repository");
                }
            } else if (word.startsWith("-P")) {
                String names = word.length() > 2 ? word.substring(2) : command.get(++i);
                for (String profile : names.split(",")) {
                    if (!profiles.contains(profile)) {
                        problems.add("no profile " + profile);
                    }
                }
            } else if (!word.startsWith("-") && !PHASES.contains(word) && !SOURCE_GOALS.contains(word)) {
                problems.add(word + " is not a lifecycle phase up to verify");
            }
        }
        return problems;
    }

    private static Set<String> declared(Pattern pattern, Path pom) throws IOException {
        Set<String> names = new TreeSet<>();
        if (Files.exists(pom)) {
            Matcher matcher = pattern.matcher(Files.readString(pom, StandardCharsets.UTF_8));
            while (matcher.find()) {
                names.add(matcher.group(1).strip());
            }
        }
        return names;
    }

    /** Each simple command of the README's shell blocks and inline code, as words, without a leading taskset. */
    private List<List<String>> commands() throws IOException {
        String readme = Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8);
        List<String> snippets = new ArrayList<>();
        Matcher fenced = FENCED_SHELL.matcher(readme);
        while (fenced.find()) {
            snippets.addAll(List.of(fenced.group(1).replace("\\\n", " ").split("\n")));
        }
        Matcher inline = INLINE_CODE.matcher(ANY_FENCED.matcher(readme).replaceAll(""));
        while (inline.find()) {
            snippets.add(inline.group(1).replace('\n', ' '));
        }
        List<List<String>> commands = new ArrayList<>();
        for (String snippet : snippets) {
            for (String part : snippet.split("&&|\\||;")) {
                List<String> words = words(part);
                if (words.size() > 3 && words.get(0).equals("taskset")) {
                    words = words.subList(3, words.size());
                }
                if (!words.isEmpty()) {
                    commands.add(words);
                }
            }
        }
        return commands;
    }

    /** Shell words: quotes group and are removed, a {@code #} word starts a comment. */
    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (char c : line.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else if (c == '#' && !inWord) {
                break;
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }
}
