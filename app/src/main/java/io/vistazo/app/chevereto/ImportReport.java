package io.vistazo.app.chevereto;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an import did: rows imported by kind, rows skipped with the reason for each, external files, and notes
 * the operator must act on (settings to carry over, albums whose password became privacy). Printed at the end
 * and saved as JSON in the data folder.
 */
public final class ImportReport {

    /** One row left out, and why. */
    public record Skipped(String kind, long id, String reason, String detail) {
    }

    private final Map<String, Object> source = new LinkedHashMap<>();
    private final Map<String, Long> imported = new TreeMap<>();
    private final List<Skipped> skipped = new ArrayList<>();
    private final List<String> external = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<String, String> settings = new TreeMap<>();
    private boolean dryRun;
    private double seconds;

    void source(String name, Object value) {
        source.put(name, value);
    }

    void count(String kind) {
        imported.merge(kind, 1L, Long::sum);
    }

    void skip(String kind, long id, String reason, String detail) {
        skipped.add(new Skipped(kind, id, reason, detail));
    }

    void external(String url) {
        external.add(url);
    }

    void note(String note) {
        notes.add(note);
    }

    /** A server setting the old site had that the new one needs (written to {@code chevereto.properties}). */
    void setting(String name, String value) {
        settings.put(name, value);
    }

    /** Derivatives the old site lacked, rendered after the files were in place. */
    public void rendered(int derivatives) {
        if (derivatives > 0) {
            imported.put("derivatives rendered", (long) derivatives);
        }
    }

    void finished(boolean dryRun, double seconds) {
        this.dryRun = dryRun;
        this.seconds = seconds;
    }

    public long imported(String kind) {
        return imported.getOrDefault(kind, 0L);
    }

    public List<Skipped> skipped() {
        return List.copyOf(skipped);
    }

    public List<String> notes() {
        return List.copyOf(notes);
    }

    public Map<String, String> settings() {
        return Map.copyOf(settings);
    }

    public List<String> externalFiles() {
        return List.copyOf(external);
    }

    public double seconds() {
        return seconds;
    }

    /** Skipped rows counted by kind and reason, e.g. {@code image: file missing = 2}. */
    public Map<String, Long> skippedCounts() {
        Map<String, Long> counts = new TreeMap<>();
        skipped.forEach(row -> counts.merge(row.kind() + ": " + row.reason(), 1L, Long::sum));
        return counts;
    }

    /** The lines printed at the end of a run. */
    public List<String> summary() {
        List<String> lines = new ArrayList<>();
        lines.add((dryRun ? "import chevereto (dry run, nothing written): " : "import chevereto: ") + source);
        imported.forEach((kind, count) -> lines.add("  imported " + kind + ": " + count));
        skippedCounts().forEach((reason, count) -> lines.add("  skipped " + reason + ": " + count));
        if (!external.isEmpty()) {
            lines.add("  files on external storage (skipped, see the report): " + external.size());
        }
        notes.forEach(note -> lines.add("  note: " + note));
        lines.add(String.format("  took %.1f s", seconds));
        return lines;
    }

    /** The whole report as JSON. */
    public String json() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("dry_run", dryRun);
        document.put("seconds", seconds);
        document.put("source", source);
        document.put("imported", imported);
        document.put("skipped_counts", skippedCounts());
        document.put("skipped", skipped);
        document.put("external_files", external);
        document.put("settings", withoutSecrets(settings));
        document.put("notes", notes);
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void save(Path file) {
        try {
            Files.writeString(file, json());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the import report " + file, e);
        }
    }

    /** The guest key stays in {@code chevereto.properties}, readable by the owner only, not in the report. */
    private static Map<String, String> withoutSecrets(Map<String, String> settings) {
        Map<String, String> shown = new TreeMap<>(settings);
        shown.replaceAll((name, value) -> name.endsWith("-key") ? "(in chevereto.properties)" : value);
        return shown;
    }
}
