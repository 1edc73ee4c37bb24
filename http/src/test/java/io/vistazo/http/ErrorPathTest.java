package io.vistazo.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The one error path, read from the sources: {@code Refusal} is the only refusal type, and only the
 * {@link RouteTable} turns refusals and failures into answers. Anywhere else in the inbound edge, a catch that
 * could hold a refusal (it names {@code Refusal}, {@code RuntimeException}, {@code Exception}, {@code Throwable}
 * or {@code Error}) only cleans up and throws it on.
 */
class ErrorPathTest {

    private static final Path SOURCES = Path.of("src/main/java/io/vistazo/http");
    /** {@code catch (A | B name) {}: its types and the caught variable's name. */
    private static final Pattern CATCH = Pattern.compile("catch \\(([\\w.| ]+?)\\s+(\\w+)\\)\\s*\\{");
    private static final Pattern MAY_HOLD_A_REFUSAL = Pattern.compile(
            "\\b(Refusal|RuntimeException|Exception|Throwable|Error)\\b");
    /** Catches that answer nothing a handler threw, with why. */
    private static final Map<String, String> ALLOWED = Map.of(
            "RouteTable.java", "the one place refusals and failures are answered",
            "Pages.java", "a session store that is down while an error page is drawn: the page is still drawn");

    @Test
    void refusalIsTheOnlyRefusalType() {
        assertThat(SOURCES.resolve("HttpError.java")).doesNotExist();
        assertThat(edgeSources().stream().filter(file -> read(file).contains("HttpError")).toList()).isEmpty();
    }

    @Test
    void theUploadEndpointsCatchNothing() {
        for (String file : new String[] {"ApiRoutes.java", "WebUploadRoutes.java"}) {
            assertThat(catches(read(SOURCES.resolve(file)))).as(file).isEmpty();
        }
    }

    @Test
    void noCatchOutsideTheRouteTableAnswersARefusal() {
        List<String> offenders = new ArrayList<>();
        for (Path file : edgeSources()) {
            if (ALLOWED.containsKey(file.getFileName().toString())) {
                continue;
            }
            for (Catch caught : catches(read(file))) {
                if (MAY_HOLD_A_REFUSAL.matcher(caught.types()).find() && !caught.rethrows()) {
                    offenders.add(file.getFileName() + ": catch (" + caught.types() + " " + caught.name() + ")");
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void theRuleSeesACatchThatAnswersAndOneThatCleansUp() {
        List<Catch> found = catches("""
                try { upload(); } catch (Refusal e) {
                    responses.error(exchange, format, e);
                }
                try { parse(); } catch (RuntimeException | IOException e) {
                    if (dir != null) { deleteTree(dir); }
                    throw e;
                }
                try { read(); } catch (NumberFormatException notANumber) { return 1; }
                """);
        assertThat(found).extracting(Catch::types)
                .containsExactly("Refusal", "RuntimeException | IOException", "NumberFormatException");
        assertThat(found).extracting(Catch::rethrows).containsExactly(false, true, false);
        assertThat(MAY_HOLD_A_REFUSAL.matcher("NumberFormatException").find()).isFalse();
        assertThat(MAY_HOLD_A_REFUSAL.matcher("IOException | RuntimeException").find()).isTrue();
    }

    /** One catch clause: its types, its variable, and whether its block ends by throwing that variable on. */
    private record Catch(String types, String name, boolean rethrows) {
    }

    private static List<Catch> catches(String source) {
        List<Catch> found = new ArrayList<>();
        Matcher matcher = CATCH.matcher(source);
        while (matcher.find()) {
            String block = block(source, matcher.end());
            boolean rethrows = block.strip().endsWith("throw " + matcher.group(2) + ";");
            found.add(new Catch(matcher.group(1).strip(), matcher.group(2), rethrows));
        }
        return found;
    }

    /** The text from {@code start} (just after an opening brace) to its closing brace. */
    private static String block(String source, int start) {
        int depth = 1;
        for (int i = start; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return source.substring(start, i);
            }
        }
        throw new AssertionError("unbalanced braces after " + start);
    }

    /** The inbound edge: every package of the module but the outbound fetcher and the address parsing. */
    private static List<Path> edgeSources() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            List<Path> edge = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !file.startsWith(SOURCES.resolve("fetch")))
                    .filter(file -> !file.startsWith(SOURCES.resolve("net")))
                    .toList();
            assertThat(edge).isNotEmpty();
            return edge;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
