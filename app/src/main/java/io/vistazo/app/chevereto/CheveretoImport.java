package io.vistazo.app.chevereto;

import io.vistazo.app.chevereto.CheveretoVersion.Generation;
import io.vistazo.core.domain.ChainMember;
import io.vistazo.core.domain.Media;
import io.vistazo.core.domain.MediaFormat;
import io.vistazo.core.domain.MediaKind;
import io.vistazo.core.domain.StorageMode;
import io.vistazo.core.domain.UploadError;
import io.vistazo.core.port.out.RemoteFetcher;
import io.vistazo.storage.ImportedRows;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Moves a Chevereto site (Free 1.x, 3.x, 4.x) into a fresh Vistazo site, keeping every id, so viewer, file,
 * album and short links, passwords and API keys keep working: the ID codec's salt and padding, users with their
 * bcrypt hashes, per-user keys (4.x) as stored, categories, albums, images and videos with their files, checked
 * against the row's MD5. The Chevereto database and files are only read. Rows already imported are skipped, so an
 * interrupted import is finished by running it again ({@code --resume}). A dry run reads and checks everything
 * and writes nothing.
 */
public final class CheveretoImport {

    private static final DateTimeFormatter SQL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final int PROGRESS_EVERY = 250;
    /** Media rows written per transaction. */
    private static final int BATCH = 200;

    /**
     * @param files the old site's upload folder ({@code upload_image_path}, {@code images/} by default)
     * @param link hard-link the files instead of copying them (same disk, local storage only)
     * @param fetchExternal download files on external storages from their public URL
     * @param workDir where downloads and copies are staged
     */
    public record Options(Path files, boolean link, boolean dryRun, boolean resume, boolean fetchExternal,
                          Path workDir) {
    }

    private final CheveretoDatabase source;
    private final ImportedRows target;
    private final FileTarget fileTarget;
    private final RemoteFetcher fetcher;
    private final Options options;
    private final Clock clock;
    private final PrintStream progress;
    private final ImportReport report = new ImportReport();
    private final Set<Long> users = new HashSet<>();
    private final Set<Long> albums = new HashSet<>();
    private final Set<Long> categories = new HashSet<>();
    private final Map<Long, String> storageUrls = new HashMap<>();
    private Map<Long, List<String>> tags = Map.of();
    private Set<Long> alreadyImported = Set.of();
    private final List<ImportedRows.ImportedMedia> pending = new ArrayList<>();
    private String uploadFolder;

    /**
     * @param fetcher downloads external files, or null without {@code --fetch-external}
     * @param progress told of the progress on a terminal, or null
     */
    public CheveretoImport(CheveretoDatabase source, ImportedRows target, FileTarget fileTarget,
                           RemoteFetcher fetcher, Options options, Clock clock, PrintStream progress) {
        this.source = source;
        this.target = target;
        this.fileTarget = fileTarget;
        this.fetcher = fetcher;
        this.options = options;
        this.clock = clock;
        this.progress = progress;
    }

    public ImportReport run() {
        long started = System.nanoTime();
        CheveretoVersion version = CheveretoVersion.detect(source);
        report.source("chevereto", version.installed());
        report.source("schema", version.generation().name());
        report.source("prefix", source.table(""));
        String salt = source.setting("crypt_salt").orElseThrow(() ->
                new IllegalArgumentException("the Chevereto site has no crypt_salt setting"));
        String padding = source.setting("id_padding").orElse("0").strip();
        uploadFolder = LegacyPaths.trimSlashes(source.setting("upload_image_path").orElse("images"));
        if (!options.dryRun()) {
            prepareTarget("chevereto " + salt, salt, padding);
        }
        carrySettings(version.generation());
        importAccounts(version.generation());
        importCategories();
        importAlbums();
        readStorages();
        tags = readTags();
        if (!options.dryRun()) {
            alreadyImported = target.mediaIds();
        }
        importMedia();
        if (!options.dryRun()) {
            target.finish(highestMediaId());
        }
        report.finished(options.dryRun(), (System.nanoTime() - started) / 1e9);
        return report;
    }

    /** Only a fresh site, or the one an earlier run of this import left, with --resume. */
    private void prepareTarget(String mark, String salt, String padding) {
        String existingMark = target.setting(ImportedRows.IMPORT_MARK);
        Optional<String> content = target.notFresh();
        if (existingMark != null && !existingMark.equals(mark)) {
            throw new IllegalArgumentException("this site was imported from another Chevereto site; import into "
                    + "a new data folder (and database)");
        }
        if (existingMark != null && !options.resume()) {
            throw new IllegalArgumentException("an import into this site was started before; run again with "
                    + "--resume to finish it");
        }
        if (existingMark == null && content.isPresent()) {
            throw new IllegalArgumentException("the site already has content (" + content.get() + "); import "
                    + "only into a fresh site: a new data folder (and database)");
        }
        if (existingMark == null) {
            target.removeFirstStartAccount().ifPresent(name -> report.note("the account '" + name + "' the "
                    + "first start created was removed (with its keys): the Chevereto accounts replace it"));
            target.putSetting(ImportedRows.IMPORT_MARK, mark);
        }
        target.putSetting("crypt_salt", salt);
        target.putSetting("id_padding", padding);
    }

    /** The old site's URL and key settings: what the server needs, and what it cannot take over. */
    private void carrySettings(Generation generation) {
        source.setting("route_image").filter(route -> !route.equals("image"))
                .ifPresent(route -> report.setting("route-image", route));
        source.setting("route_video").filter(route -> !route.equals("video"))
                .ifPresent(route -> report.setting("route-video", route));
        source.setting("route_album").filter(route -> !route.equals("album"))
                .ifPresent(route -> report.note("albums were served under /" + route + "/; Vistazo serves them "
                        + "under /album/ (redirect /" + route + "/ to /album/ in the reverse proxy)"));
        if (!uploadFolder.equals("images")) {
            report.note("files were served under /" + uploadFolder + "/; Vistazo serves them under /images/ "
                    + "(redirect /" + uploadFolder + "/ to /images/ in the reverse proxy)");
        }
        Optional<String> siteKey = source.setting("api_v1_key").filter(key -> !key.isBlank());
        if (siteKey.isPresent() && !generation.isV4()) {
            report.setting("guest-key", siteKey.get());
            report.note("the site-wide API key (api_v1_key) uploads as the guest: guest-key");
        } else if (siteKey.isPresent()) {
            report.note("the 4.x guest API key (api_v1_key) was not carried over: set guest-key to allow guest "
                    + "uploads through the API");
        }
    }

    private void importAccounts(Generation generation) {
        Map<Long, String> passwords = readPasswords(generation);
        Set<Long> banned = new HashSet<>();
        source.forEach("SELECT user_id, user_username, user_email, user_name, user_status, user_is_admin, "
                + source.columnOr("users", "user_is_manager", "0") + ", user_is_private, user_date_gmt FROM "
                + source.table("users") + " ORDER BY user_id", row -> {
            long id = row.getLong("user_id");
            boolean isBanned = "banned".equals(row.getString("user_status"));
            if (isBanned) {
                banned.add(id);
            }
            String role = row.getBoolean("user_is_admin") || row.getBoolean("user_is_manager") ? "ADMIN" : "USER";
            String hash = isBanned ? null : passwords.get(id);
            ImportedRows.Account account = new ImportedRows.Account(id, row.getString("user_username"), role,
                    row.getString("user_email"), row.getString("user_name"), row.getBoolean("user_is_private"),
                    row.getString("user_status"), hash, text(row, "user_date_gmt"));
            write(() -> target.putAccount(account));
            this.users.add(id);
            report.count("users");
            if (hash != null) {
                report.count("passwords");
            }
            if (isBanned) {
                report.note("user " + row.getString("user_username") + " is banned: imported without password, "
                        + "its keys revoked");
            }
        });
        if (source.hasTable("api_keys")) {
            importKeys(banned);
        }
    }

    private Map<Long, String> readPasswords(Generation generation) {
        Map<Long, String> hashes = new HashMap<>();
        if (generation.isV4() && source.hasTable("login_passwords")) {
            source.forEach("SELECT login_password_user_id, login_password_hash FROM "
                    + source.table("login_passwords"), row -> hashes.put(row.getLong(1), row.getString(2)));
        } else if (source.hasTable("logins")) {
            source.forEach("SELECT login_user_id, login_secret FROM " + source.table("logins")
                    + " WHERE login_type = 'password'", row -> hashes.put(row.getLong(1), row.getString(2)));
        }
        return hashes;
    }

    private void importKeys(Set<Long> banned) {
        source.forEach("SELECT api_key_id, api_key_user_id, api_key_name, api_key_date_gmt, api_key_hash FROM "
                + source.table("api_keys") + " ORDER BY api_key_id", row -> {
            long id = row.getLong("api_key_id");
            long user = row.getLong("api_key_user_id");
            if (!users.contains(user)) {
                report.skip("api key", id, "user missing", "user " + user);
                return;
            }
            String name = Optional.ofNullable(row.getString("api_key_name")).filter(n -> !n.isBlank()).orElse("key");
            String hash = row.getString("api_key_hash");
            String created = text(row, "api_key_date_gmt");
            write(() -> target.putKey(id, user, name, hash, created, banned.contains(user)));
            report.count("api keys");
        });
    }

    private void importCategories() {
        source.forEach("SELECT category_id, category_name, category_url_key, category_description FROM "
                + source.table("categories"), row -> {
            long id = row.getLong("category_id");
            String name = row.getString("category_name");
            String urlKey = row.getString("category_url_key");
            String description = row.getString("category_description");
            write(() -> target.putCategory(id, name, urlKey, description));
            categories.add(id);
            report.count("categories");
        });
    }

    private void importAlbums() {
        source.forEach("SELECT album_id, album_name, album_user_id, album_date_gmt, album_privacy, "
                + "album_description FROM " + source.table("albums") + " ORDER BY album_id", row -> {
            long id = row.getLong("album_id");
            long user = row.getLong("album_user_id");
            if (row.wasNull() || !users.contains(user)) {
                report.skip("album", id, "no owner", "guest albums have no place in Vistazo; their media stay");
                return;
            }
            String privacy = privacy(row.getString("album_privacy"));
            String name = row.getString("album_name");
            if ("password".equals(row.getString("album_privacy"))) {
                report.note("album " + id + " (" + name + ") had a password: it is private");
            }
            String description = row.getString("album_description");
            String created = text(row, "album_date_gmt");
            write(() -> target.putAlbum(id, user, name, description, privacy, created));
            albums.add(id);
            report.count("albums");
        });
    }

    /** public and unlisted stay; password-protected and custom albums become private. */
    static String privacy(String chevereto) {
        return switch (chevereto == null ? "public" : chevereto) {
            case "public" -> "public";
            case "private_but_link" -> "unlisted";
            default -> "private";
        };
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
    private long highestMediaId() {
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
            } catch (UploadError refused) {
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
        Media media = row.toMedia(format, key, md5, ownerOr(row.userId(), users), ownerOr(row.albumId(), albums),
                ownerOr(row.categoryId(), categories), tags.getOrDefault(row.id(), List.of()));
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
        return new Media(m.id(), m.format(), m.name(), m.extension(), m.storageKey(), m.storageMode(), m.size(),
                m.width(), m.height(), m.date(), m.dateGmt(), m.title(), m.description(), m.nsfw(), m.md5(),
                m.sourceMd5(), m.originalFilename(), m.originalExifdata(), m.views(), m.categoryId(), m.albumId(),
                m.userId(), chain, thumbSize, mediumSize, frameSize, m.expiresAt(), m.animated(), m.is360(),
                m.duration(), m.tags(), m.uploaderIp());
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

    /** Runs a write unless this is a dry run. */
    private void write(Runnable write) {
        if (!options.dryRun()) {
            write.run();
        }
    }

    /** A time column as the text Chevereto stored (no zone conversion by the driver). */
    static String text(ResultSet row, String column) throws SQLException {
        String value = row.getString(column);
        return value == null ? null : value.length() > 19 ? value.substring(0, 19) : value;
    }

    static LocalDateTime time(String text) {
        return LocalDateTime.parse(text, SQL_TIME);
    }

    /** The columns of one {@code images} row the import reads. */
    record ImageRow(long id, String name, String extension, String date, String dateGmt, long size, int width,
                    int height, String title, String description, boolean nsfw, Long userId, Long albumId,
                    Long categoryId, String storageMode, String path, Long storageId, String md5, String sourceMd5,
                    String originalFilename, String exif, long views, long likes, Instant expires, boolean approved,
                    boolean animated, boolean is360, int duration, String uploaderIp) {

        static ImageRow read(ResultSet row) throws SQLException {
            String expires = text(row, "image_expiration_date_gmt");
            return new ImageRow(row.getLong("image_id"), row.getString("image_name"),
                    row.getString("image_extension"), text(row, "image_date"), text(row, "image_date_gmt"),
                    row.getLong("image_size"), row.getInt("image_width"), row.getInt("image_height"),
                    row.getString("image_title"), row.getString("image_description"), row.getBoolean("image_nsfw"),
                    nullableLong(row, "image_user_id"), nullableLong(row, "image_album_id"),
                    nullableLong(row, "image_category_id"), row.getString("image_storage_mode"),
                    row.getString("image_path"), nullableLong(row, "image_storage_id"), row.getString("image_md5"),
                    row.getString("image_source_md5"), row.getString("image_original_filename"),
                    row.getString("image_original_exifdata"), row.getLong("image_views"),
                    row.getLong("image_likes"), expires == null ? null : time(expires).toInstant(ZoneOffset.UTC),
                    row.getBoolean("image_is_approved"), row.getBoolean("image_is_animated"),
                    row.getBoolean("image_is_360"), row.getInt("image_duration"),
                    row.getString("image_uploader_ip"));
        }

        private static Long nullableLong(ResultSet row, String column) throws SQLException {
            long value = row.getLong(column);
            return row.wasNull() ? null : value;
        }

        Media toMedia(MediaFormat format, String key, String fileMd5, Long user, Long album, Long category,
                      List<String> tags) {
            return new Media(id, format, name, extension, key, StorageMode.DATEFOLDER, size, width, height,
                    time(date), time(dateGmt), title, description, nsfw, fileMd5, sourceMd5, originalFilename, exif,
                    views, category, album, user, 0, 0, 0, 0, expires, animated, is360, duration, tags, uploaderIp);
        }
    }
}
