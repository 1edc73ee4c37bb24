package io.vistazo.core.service;

import io.vistazo.core.domain.ChainMember;
import io.vistazo.core.domain.Media;
import io.vistazo.core.domain.MediaKind;
import io.vistazo.core.domain.Page;
import io.vistazo.core.files.Folders;
import io.vistazo.core.port.out.BlobStore;
import io.vistazo.core.port.out.ImageProcessor;
import io.vistazo.core.port.out.MediaRepository;
import io.vistazo.core.port.out.UploadJournal;
import io.vistazo.core.port.out.VideoProcessor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Compares the rows with the files: orphan files no row needs, rows whose main file is gone, and missing
 * thumbs, mediums or frames. With repair, orphans are removed, file-less rows deleted and derivatives rendered
 * again from the main file. Safe next to a running server: files of uploads still in progress are not orphans.
 */
public final class StoreCheck {

    private static final int PAGE_SIZE = Page.MAX_SIZE;

    private final MediaRepository media;
    private final BlobStore blobs;
    private final UploadJournal journal;
    private final DeleteMediaService deleter;
    private final Renderers renderers;

    /** What re-renders derivatives, and where it may stage files. */
    public record Renderers(ImageProcessor images, VideoProcessor videos, UploadPolicy policy) {
    }

    public StoreCheck(MediaRepository media, BlobStore blobs, UploadJournal journal, DeleteMediaService deleter,
                      Renderers renderers) {
        this.media = media;
        this.blobs = blobs;
        this.journal = journal;
        this.deleter = deleter;
        this.renderers = renderers;
    }

    /** What was found (and, with repair, fixed). */
    public record Report(List<String> orphanFiles, List<Media> rowsWithoutFile, List<String> missingDerivatives,
                         boolean repaired) {

        public boolean clean() {
            return orphanFiles.isEmpty() && rowsWithoutFile.isEmpty() && missingDerivatives.isEmpty();
        }
    }

    public Report run(boolean repair) throws IOException {
        // Order matters: files listed before the journal and the rows are read, so an upload finishing in
        // between is seen either as pending or as stored, never as an orphan.
        List<String> stored = listKeys();
        Set<String> pending = new HashSet<>();
        journal.pending().values().forEach(pending::addAll);
        List<Media> rows = allRows();

        Set<String> referenced = new HashSet<>();
        List<Media> withoutFile = new ArrayList<>();
        Map<Media, List<ChainMember>> incomplete = new LinkedHashMap<>();
        for (Media row : rows) {
            for (ChainMember member : ChainMember.values()) {
                if (row.has(member)) {
                    referenced.add(row.keyOf(member));
                }
            }
            inspect(row, withoutFile, incomplete);
        }
        List<String> orphans = stored.stream().filter(key -> !referenced.contains(key) && !pending.contains(key))
                .sorted().toList();
        List<String> missing = new ArrayList<>();
        incomplete.forEach((row, members) -> members.forEach(member -> missing.add(row.keyOf(member))));
        if (repair) {
            repair(orphans, withoutFile, incomplete);
        }
        return new Report(orphans, withoutFile, missing, repair);
    }

    private void inspect(Media row, List<Media> withoutFile, Map<Media, List<ChainMember>> incomplete) {
        if (!blobs.exists(row.storageKey())) {
            withoutFile.add(row);
            return;
        }
        List<ChainMember> missing = new ArrayList<>();
        for (ChainMember member : ChainMember.values()) {
            if (member != ChainMember.IMAGE && row.has(member) && !blobs.exists(row.keyOf(member))) {
                missing.add(member);
            }
        }
        if (!missing.isEmpty()) {
            incomplete.put(row, missing);
        }
    }

    private void repair(List<String> orphans, List<Media> withoutFile, Map<Media, List<ChainMember>> incomplete)
            throws IOException {
        for (String orphan : orphans) {
            blobs.delete(orphan);
        }
        for (Media row : withoutFile) {
            deleter.delete(row);
        }
        for (Map.Entry<Media, List<ChainMember>> row : incomplete.entrySet()) {
            renderAgain(row.getKey(), row.getValue());
        }
    }

    /** Renders the derivatives of one row from its main file and stores the missing ones. */
    private void renderAgain(Media row, List<ChainMember> missing) throws IOException {
        Path dir = Files.createTempDirectory(workDir(), "check-");
        try {
            Path main = dir.resolve("main");
            try (InputStream in = blobs.find(row.storageKey()).orElseThrow().openAt(0)) {
                Files.copy(in, main);
            }
            Map<ChainMember, Path> rendered = derivatives(row, main, dir);
            for (ChainMember member : missing) {
                Path file = rendered.get(member);
                if (file != null) {
                    blobs.create(row.keyOf(member), file);
                }
            }
        } finally {
            Folders.deleteRecursively(dir);
        }
    }

    private Map<ChainMember, Path> derivatives(Media row, Path main, Path dir) {
        Map<ChainMember, Path> files = new EnumMap<>(ChainMember.class);
        Path still = main;
        if (row.kind() == MediaKind.VIDEO) {
            VideoProcessor.VideoProbe probe = renderers.videos().probe(main, row.format());
            still = renderers.videos().frame(main, probe, dir);
            files.put(ChainMember.FRAME, still);
        }
        ImageProcessor.Rendition rendition = renderers.images().render(still, renderers.images().probe(still),
                new ImageProcessor.RenderRequest(0, renderers.policy().derivativeSizes(), dir));
        files.put(ChainMember.THUMB, rendition.thumb());
        if (rendition.medium() != null) {
            files.put(ChainMember.MEDIUM, rendition.medium());
        }
        return files;
    }

    private List<String> listKeys() throws IOException {
        try (Stream<String> keys = blobs.keys()) {
            return keys.toList();
        }
    }

    private List<Media> allRows() {
        List<Media> rows = new ArrayList<>();
        for (int number = 1; ; number++) {
            List<Media> page = media.list(MediaRepository.Query.all(), new Page(number, PAGE_SIZE));
            rows.addAll(page);
            if (page.size() < PAGE_SIZE) {
                return rows;
            }
        }
    }

    private Path workDir() throws IOException {
        return Files.createDirectories(renderers.policy().workDir());
    }
}
