package io.vistazo.app.chevereto;

import io.vistazo.core.domain.ChainMember;
import io.vistazo.core.domain.Media;
import io.vistazo.core.domain.MediaFormat;
import io.vistazo.core.domain.MediaKind;
import io.vistazo.core.domain.Refusal;
import io.vistazo.core.port.out.RemoteFetcher;
import io.vistazo.storage.ImportedRows;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The images and videos of a Chevereto site, with their files: each main file is checked against its row's MD5
 * and copied (or linked) under the key it had, with the thumb, medium and frame found beside it; rows are written
 * {@value #BATCH} to a transaction once their files are in place. Rows an earlier run imported are skipped.
 */
final class MediaImport {

    private static final int PROGRESS_EVERY = 250;
    /** Media rows written per transaction. */
    private static final int BATCH = 200;

    /** The ids imported before the media: an image's owner, album or category is kept only when imported. */
    record Owners(Set<Long> users, Set<Long> albums, Set<Long> categories) {
    }

    private final CheveretoDatabase source;
    private final ImportedRows target;
    private final FileTarget fileTarget;
    private final RemoteFetcher fetcher;
    private final CheveretoImport.Options options;
    private final Clock clock;
    private final PrintStream progress;
    private final ImportReport report;
    private final Owners owners;
    private final String uploadFolder;
    private final Map<Long, String> storageUrls = new HashMap<>();
    private final List<ImportedRows.ImportedMedia> pending = new ArrayList<>();
    private Map<Long, List<String>> tags = Map.of();
    private Set<Long> alreadyImported = Set.of();

    /**
     * @param fetcher downloads external files, or null without {@code --fetch-external}
     * @param progress told of the progress on a terminal, or null
     */
    MediaImport(CheveretoDatabase source, ImportedRows target, FileTarget fileTarget, RemoteFetcher fetcher,
                CheveretoImport.Options options, Clock clock, PrintStream progress, ImportReport report,
                Owners owners, String uploadFolder) {
        this.source = source;
        this.target = target;
        this.fileTarget = fileTarget;
        this.fetcher = fetcher;
        this.options = options;
        this.clock = clock;
        this.progress = progress;
        this.report = report;
        this.owners = owners;
        this.uploadFolder = uploadFolder;
    }

    void run() {
        readStorages();
        tags = readTags();
        if (!options.dryRun()) {
            alreadyImported = target.mediaIds();
        }
        importMedia();
    }

    private void readStorages() {
        if (source.hasTable("storages")) {
            source.forEach("SELECT storage_id, storage_url FROM " + source.table("storages"),
                    row -> storageUrls.put(row.getLong(1), row.getString(2)));
        }
    }

    /** Image id to tag names, in the order they were given (4.2+). */
    private Map<Long, List<String>> readTags() {
        Map<Long, List<String>> byImage = new HashMap<>();
        if (source.hasTable("tags") && source.hasTable("tags_files")) {
            source.forEach("SELECT f.tag_file_file_id, t.tag_name FROM " + source.table("tags_files") + " f JOIN "
                    + source.table("tags") + " t ON t.tag_id = f.tag_file_tag_id ORDER BY f.tag_file_id",
                    row -> byImage.computeIfAbsent(row.getLong(1), id -> new ArrayList<>()).add(row.getString(2)));
        }
        return byImage;
    }

    private void importMedia() {
        long total = source.count("images");
        long[] done = {0};
        source.forEach("SELECT image_id, image_name, image_extension, image_date, image_date_gmt, image_size, "
                + "image_width, image_height, image_title, image_description, image_nsfw, image_user_id, "
                + "image_album_id, image_category_id, image_storage_mode, image_path, image_storage_id, image_md5, "
                + optional("image_source_md5", "NULL") + ", image_original_filename, image_original_exifdata, "
                + "image_views, image_likes, " + optional("image_expiration_date_gmt", "NULL") + ", "
                + optional("image_is_approved", "1") + ", image_is_animated, " + optional("image_is_360", "0")
                + ", " + optional("image_duration", "0") + ", image_uploader_ip FROM " + source.table("images")
                + " ORDER BY image_id", row -> {
            importOne(ImageRow.read(row));
            done[0]++;
            if (progress != null && (done[0] % PROGRESS_EVERY == 0 || done[0] == total)) {
                progress.print("\rimport chevereto: " + done[0] + "/" + total + " images");
                progress.flush();
            }
        });
        flush();
        if (progress != null && total > 0) {
            progress.println();
        }
    }

    /** The highest image id the old site gave: its rows, and the images it deleted ({@code deletions}). */
    long highestMediaId() {
        long[] highest = {0};
        source.forEach("SELECT COALESCE(MAX(image_id), 0) FROM " + source.table("images"),
                row -> highest[0] = row.getLong(1));
        if (source.hasTable("deletions")) {
            source.forEach("SELECT COALESCE(MAX(deleted_content_id), 0) FROM " + source.table("deletions"),
                    row -> highest[0] = Math.max(highest[0], row.getLong(1)));
        }
        return highest[0];
    }

    private String optional(String column, String fallback) {
        return source.columnOr("images", column, fallback);
    }

    private void importOne(ImageRow row) {
        String kind = "image";
        Optional<MediaFormat> format = MediaFormat.fromExtension(row.extension());
        if (format.isEmpty()) {
            report.skip(kind, row.id(), "unknown format", row.extension());
            return;
        }
        kind = format.get().kind() == MediaKind.VIDEO ? "video" : "image";
        if (row.expires() != null && !row.expires().isAfter(clock.instant())) {
            report.skip(kind, row.id(), "expired", row.expires().toString());
            return;
        }
        if (!row.approved()) {
            report.skip(kind, row.id(), "awaiting moderation", "Vistazo has no moderation queue");
            return;
        }
        if (alreadyImported.contains(row.id())) {
            report.count(kind + "s already imported");
            return;
        }
        Optional<String> folder = LegacyPaths.folder(row.storageMode(), row.date(), row.path(), uploadFolder);
        if (folder.isEmpty()) {
            report.skip(kind, row.id(), "path outside the upload folder", row.path());
            return;
        }
        String key = folder.get() + row.name() + "." + row.extension();
        try {
            importFiles(row, format.get(), kind, key);
        } catch (IOException e) {
            report.skip(kind, row.id(), "file unreadable", key + ": " + e.getMessage());
        }
    }

    private void importFiles(ImageRow row, MediaFormat format, String kind, String key) throws IOException {
        Path main;
        Path fetched = null;
        if (row.storageId() != null) {
            String url = externalUrl(row.storageId(), key);
            if (fetcher == null || url == null) {
                report.external(url == null ? "storage " + row.storageId() + ": " + key : url);
                report.skip(kind, row.id(), "external storage", url);
                return;
            }
            Files.createDirectories(options.workDir());
            try {
                fetched = fetcher.fetch(URI.create(url), Long.MAX_VALUE, options.workDir()).file();
            } catch (Refusal refused) {
                report.external(url);
                report.skip(kind, row.id(), "external file unreachable", url + ": " + refused.getMessage());
                return;
            }
            main = fetched;
        } else {
            main = options.files().resolve(key);
        }
        try {
            if (!Files.isRegularFile(main)) {
                report.skip(kind, row.id(), "file missing", key);
                return;
            }
            String md5 = FileTarget.md5(main);
            if (row.md5() != null && !row.md5().isBlank() && !row.md5().equalsIgnoreCase(md5)) {
                report.skip(kind, row.id(), "MD5 differs", key + ": file " + md5 + ", row " + row.md5());
                return;
            }
            storeMedia(row, format, kind, key, main, md5);
        } finally {
            if (fetched != null) {
                Files.deleteIfExists(fetched);
            }
        }
    }

    private String externalUrl(long storageId, String key) {
        String base = storageUrls.get(storageId);
        if (base == null || base.isBlank()) {
            return null;
        }
        return (base.endsWith("/") ? base : base + "/") + key;
    }

    private void storeMedia(ImageRow row, MediaFormat format, String kind, String key, Path main, String md5)
            throws IOException {
        Media media = row.toMedia(format, key, md5, ownerOr(row.userId(), owners.users()),
                ownerOr(row.albumId(), owners.albums()), ownerOr(row.categoryId(), owners.categories()),
                tags.getOrDefault(row.id(), List.of()));
        Map<ChainMember, Path> derivatives = derivatives(row, format, key, media);
        if (!options.dryRun()) {
            fileTarget.put(main, key, options.link());
            for (Map.Entry<ChainMember, Path> derivative : derivatives.entrySet()) {
                fileTarget.put(derivative.getValue(), media.keyOf(derivative.getKey()), options.link());
            }
        }
        int chain = chainOf(format, derivatives);
        pending.add(new ImportedRows.ImportedMedia(withChain(media, chain, sizeOf(derivatives, ChainMember.THUMB),
                sizeOf(derivatives, ChainMember.MEDIUM), sizeOf(derivatives, ChainMember.FRAME)), row.likes()));
        if (pending.size() >= BATCH) {
            flush();
        }
        report.count(kind + "s");
        report.count("files");
        derivatives.keySet().forEach(member -> report.count("derivatives copied"));
        if (derivatives.size() < Integer.bitCount(chain) - 1) {
            report.count("derivatives to render");
        }
    }

    /**
     * Every media has a thumb and a video its frame (rendered afterwards when the old site lacks them); a medium
     * only when the old site made one.
     */
    private static int chainOf(MediaFormat format, Map<ChainMember, Path> derivatives) {
        int chain = ChainMember.IMAGE.bit() | ChainMember.THUMB.bit();
        if (format.kind() == MediaKind.VIDEO) {
            chain |= ChainMember.FRAME.bit();
        }
        if (derivatives.containsKey(ChainMember.MEDIUM)) {
            chain |= ChainMember.MEDIUM.bit();
        }
        return chain;
    }

    /**
     * The thumb, medium and frame the old site has on disk, where their name is also the one Vistazo gives them
     * (the others are rendered again). Chevereto 3 did not trust its chain bits, so the disk decides.
     */
    private Map<ChainMember, Path> derivatives(ImageRow row, MediaFormat format, String key, Media media) {
        Map<ChainMember, Path> found = new HashMap<>();
        if (row.storageId() != null) {
            return found;
        }
        String stem = key.substring(0, key.length() - row.extension().length() - 1);
        String extension = format.kind() == MediaKind.VIDEO ? "jpeg" : row.extension();
        for (ChainMember member : List.of(ChainMember.THUMB, ChainMember.MEDIUM, ChainMember.FRAME)) {
            String oldKey = stem + suffix(member) + "." + extension;
            Path file = options.files().resolve(oldKey);
            if (oldKey.equals(media.keyOf(member)) && Files.isRegularFile(file)) {
                found.put(member, file);
            }
        }
        return found;
    }

    private static String suffix(ChainMember member) {
        return switch (member) {
            case THUMB -> ".th";
            case MEDIUM -> ".md";
            case FRAME -> ".fr";
            default -> "";
        };
    }

    private static long sizeOf(Map<ChainMember, Path> derivatives, ChainMember member) throws IOException {
        Path file = derivatives.get(member);
        return file == null ? 0 : Files.size(file);
    }

    private static Media withChain(Media m, int chain, long thumbSize, long mediumSize, long frameSize) {
        return m.toBuilder().chain(chain).thumbSize(thumbSize).mediumSize(mediumSize).frameSize(frameSize).build();
    }

    private static Long ownerOr(Long id, Set<Long> imported) {
        return id != null && imported.contains(id) ? id : null;
    }

    /** Writes the rows whose files are in place. */
    private void flush() {
        if (!options.dryRun() && !pending.isEmpty()) {
            target.putMedia(List.copyOf(pending));
        }
        pending.clear();
    }
}
