package io.vistazo.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The module's dependency rules, read from its sources (javac enforces what module-info exports, not what one
 * package of this module may use of another): the edge calls the core through its inbound ports only, and the
 * outbound URL fetcher and the inbound edge know nothing of each other.
 */
class ModuleBoundariesTest {

    private static final Path SOURCES = Path.of("src/main/java/io/vistazo/http");
    private static final Pattern CORE_SERVICES = Pattern.compile("io\\.vistazo\\.core\\.service\\b");
    private static final Pattern FETCHER = Pattern.compile("io\\.vistazo\\.http\\.fetch\\.[A-Z]");
    /** A type of any package of this module but the fetcher's own and the shared address parsing. */
    private static final Pattern EDGE = Pattern.compile("io\\.vistazo\\.http\\.(?!fetch\\.|net\\.)(\\w+\\.)?[A-Z]");
    private static final Pattern ANY_OTHER_PACKAGE = Pattern.compile("io\\.vistazo\\.http\\.(?!net\\.)(\\w+\\.)?[A-Z]");

    @Test
    void no_source_uses_the_core_services_directly() {
        assertThat(offenders(sources(SOURCES), CORE_SERVICES)).isEmpty();
    }

    @Test
    void the_fetcher_does_not_use_the_inbound_edge() {
        assertThat(offenders(sources(SOURCES.resolve("fetch")), EDGE)).isEmpty();
    }

    @Test
    void the_inbound_edge_does_not_use_the_fetcher() {
        List<Path> edge = sources(SOURCES).stream()
                .filter(file -> !file.startsWith(SOURCES.resolve("fetch")))
                .toList();
        assertThat(offenders(edge, FETCHER)).isEmpty();
    }

    @Test
    void the_shared_address_parsing_uses_no_other_package_of_the_module() {
        assertThat(offenders(sources(SOURCES.resolve("net")), ANY_OTHER_PACKAGE)).isEmpty();
    }

    @Test
    void the_rules_see_imports_and_qualified_names() {
        assertThat(CORE_SERVICES.matcher("import io.vistazo.core.service.Albums;").find()).isTrue();
        assertThat(CORE_SERVICES.matcher("import io.vistazo.core.port.in.ManageAlbums;").find()).isFalse();
        assertThat(FETCHER.matcher("new io.vistazo.http.fetch.JettyRemoteFetcher(").find()).isTrue();
        assertThat(FETCHER.matcher("{@code io.vistazo.http.fetch}").find()).isFalse();
        assertThat(EDGE.matcher("import io.vistazo.http.Exchange;").find()).isTrue();
        assertThat(EDGE.matcher("import io.vistazo.http.web.Forms;").find()).isTrue();
        assertThat(EDGE.matcher("import io.vistazo.http.net.Cidr;").find()).isFalse();
        assertThat(ANY_OTHER_PACKAGE.matcher("import io.vistazo.http.fetch.AllowList;").find()).isTrue();
        assertThat(ANY_OTHER_PACKAGE.matcher("the fetcher ({@code io.vistazo.http.fetch})").find()).isFalse();
    }

    private static List<Path> sources(Path root) {
        assertThat(root).isDirectory();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".java")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each line of {@code files} the rule matches, as {@code file: line}. */
    private static List<String> offenders(List<Path> files, Pattern rule) {
        assertThat(files).isNotEmpty();
        return files.stream()
                .flatMap(file -> lines(file).filter(line -> rule.matcher(line).find()).map(line -> file + ": " + line))
                .toList();
    }

    private static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
