package io.vistazo.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The map in the repository stays true: every relative link and every source path named in {@code README.md}
 * and {@code docs/*.md} resolves to a file of the repository (and a link's {@code #anchor} to a heading), every
 * document a Java source names exists under {@code docs/}, and every {@code <doc>.md §x.y} a Java source cites
 * names a numbered section of that document. A bare {@code §x.y} refers to the document the file named last
 * before it; in main code it must have one.
 */
class DocsLinksTest {

    private static final Pattern FENCED = Pattern.compile("```.*?```", Pattern.DOTALL);
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern JAVA_PATH = Pattern.compile("(?<![\\w/.-])((?:[\\w.-]+/)+[\\w$-]+\\.java)\\b");
    private static final Pattern SOURCE_PATH = Pattern.compile("`((?:app|core|http|media|storage)/src/[^`\\s]+)`");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}\\s+(.+?)\\s*$");
    private static final Pattern SECTION_NUMBER = Pattern.compile("^(\\d+(?:\\.\\d+)*)\\.?\\s");
    private static final Pattern DOC_NAME = Pattern.compile("(?<![\\w-])([\\w-]+\\.md)(?![\\w.])");
    private static final Pattern CITATION = Pattern.compile("(?:([\\w-]+\\.md)\\}?\\s*)?§(\\d+(?:\\.\\d+)*)");
    private static final List<String> MODULES = List.of("app", "core", "http", "media", "storage");

    private final Path root = ProjectRoot.find();

    @Test
    void everyRelativeLinkInTheDocsResolvesToAFileAndHeading() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path doc : documents()) {
            Matcher link = LINK.matcher(withoutFencedCode(read(doc)));
            while (link.find()) {
                String target = link.group(1);
                if (target.matches("^[a-z][a-z0-9+.-]*:.*")) {
                    continue;
                }
                String problem = problemWith(doc, target);
                if (problem != null) {
                    broken.add(root.relativize(doc) + ": " + target + " (" + problem + ")");
                }
            }
        }
        assertThat(broken).as("links that lead nowhere").isEmpty();
    }

    @Test
    void everySourcePathNamedInTheDocsExists() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path doc : documents()) {
            String text = withoutFencedCode(read(doc));
            Set<String> paths = new LinkedHashSet<>();
            Matcher java = JAVA_PATH.matcher(text);
            while (java.find()) {
                paths.add(java.group(1));
            }
            Matcher source = SOURCE_PATH.matcher(text);
            while (source.find()) {
                paths.add(source.group(1));
            }
            for (String path : paths) {
                if (!Files.exists(doc.getParent().resolve(path).normalize()) && !Files.exists(root.resolve(path))) {
                    missing.add(root.relativize(doc) + ": " + path);
                }
            }
        }
        assertThat(missing).as("paths in the docs that are not in the repository").isEmpty();
    }

    @Test
    void theDocsNameSourcesAtAll() throws IOException {
        // Guards the two tests above against patterns that silently stop matching.
        String architecture = read(root.resolve("docs/ARCHITECTURE.md"));
        assertThat(JAVA_PATH.matcher(architecture).results().count()).isGreaterThan(100);
        assertThat(sections(root.resolve("docs/chevereto-compat.md"))).contains("1.8", "3.1", "3.16", "5.5");
    }

    @Test
    void everyDocumentAndSectionTheCodeCitesExists() throws IOException {
        List<String> broken = new ArrayList<>();
        Map<String, Set<String>> sectionsByDoc = new HashMap<>();
        int citations = 0;
        for (Path source : javaSources()) {
            boolean mainCode = source.toString().contains("/src/main/");
            List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
            String lastDoc = null;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                String where = root.relativize(source) + ":" + (i + 1);
                Matcher named = DOC_NAME.matcher(line);
                while (named.find()) {
                    if (docPath(named.group(1)) == null) {
                        broken.add(where + ": names " + named.group(1) + ", which is not in docs/");
                    }
                }
                Matcher citation = CITATION.matcher(line);
                while (citation.find()) {
                    String doc = citation.group(1) != null ? citation.group(1) : lastDoc;
                    if (doc == null) {
                        if (mainCode) {
                            broken.add(where + ": §" + citation.group(2) + " names no document");
                        }
                        continue;
                    }
                    lastDoc = doc;
                    Path docPath = docPath(doc);
                    if (docPath == null) {
                        continue;
                    }
                    citations++;
                    Set<String> sections = sectionsByDoc.computeIfAbsent(doc, name -> sections(docPath));
                    if (!sections.contains(citation.group(2))) {
                        broken.add(where + ": " + doc + " has no §" + citation.group(2));
                    }
                }
            }
        }
        assertThat(broken).as("citations that resolve to nothing").isEmpty();
        assertThat(citations).as("citations found").isGreaterThan(10);
    }

    /** Null when {@code target} (relative to {@code doc}) is a file and its anchor, if any, one of its headings. */
    private String problemWith(Path doc, String target) {
        int hash = target.indexOf('#');
        String file = hash < 0 ? target : target.substring(0, hash);
        Path resolved = file.isEmpty() ? doc : doc.getParent().resolve(file).normalize();
        if (!resolved.startsWith(root) || !Files.exists(resolved)) {
            return "no such file";
        }
        if (hash < 0) {
            return null;
        }
        if (!resolved.toString().endsWith(".md")) {
            return "an anchor into a file that is not markdown";
        }
        return anchors(resolved).contains(target.substring(hash + 1)) ? null : "no such heading";
    }

    /** The numbers of the numbered headings: {@code ### 3.16 Expiration} gives {@code 3.16}. */
    private static Set<String> sections(Path doc) {
        Set<String> numbers = new LinkedHashSet<>();
        Matcher heading = HEADING.matcher(withoutFencedCode(read(doc)));
        while (heading.find()) {
            Matcher number = SECTION_NUMBER.matcher(heading.group(1));
            if (number.find()) {
                numbers.add(number.group(1));
            }
        }
        return numbers;
    }

    /** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
    private static Set<String> anchors(Path doc) {
        Set<String> anchors = new LinkedHashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        Matcher heading = HEADING.matcher(withoutFencedCode(read(doc)));
        while (heading.find()) {
            String slug = heading.group(1).toLowerCase(Locale.ROOT)
                    .replaceAll("[^\\p{L}\\p{N} _-]", "")
                    .replace(' ', '-');
            int count = seen.merge(slug, 1, Integer::sum);
            anchors.add(count == 1 ? slug : slug + "-" + (count - 1));
        }
        return anchors;
    }

    /** A document the code may cite: {@code docs/<name>}, or the README. */
    private Path docPath(String name) {
        Path inDocs = root.resolve("docs").resolve(name);
        if (Files.exists(inDocs)) {
            return inDocs;
        }
        return name.equals("README.md") ? root.resolve(name) : null;
    }

    private List<Path> documents() throws IOException {
        List<Path> documents = new ArrayList<>();
        documents.add(root.resolve("README.md"));
        try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
            docs.filter(path -> path.toString().endsWith(".md")).sorted().forEach(documents::add);
        }
        assertThat(documents).as("README.md and the docs").hasSizeGreaterThanOrEqualTo(3);
        return documents;
    }

    private List<Path> javaSources() throws IOException {
        List<Path> sources = new ArrayList<>();
        for (String module : MODULES) {
            try (Stream<Path> files = Files.walk(root.resolve(module).resolve("src"))) {
                files.filter(path -> path.toString().endsWith(".java")).sorted().forEach(sources::add);
            }
        }
        return sources;
    }

    private static String withoutFencedCode(String markdown) {
        return FENCED.matcher(markdown).replaceAll("");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
