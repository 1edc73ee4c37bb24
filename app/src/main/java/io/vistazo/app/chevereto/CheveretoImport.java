package io.vistazo.app.chevereto;

import io.vistazo.app.chevereto.CheveretoVersion.Generation;
import io.vistazo.core.port.out.RemoteFetcher;
import io.vistazo.storage.ImportedRows;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
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

    /**
     * @param files the old site's upload folder ({@code upload_image_path}, {@code images/} by default)
     * @param link hard-link the files instead of copying them (same disk, local storage only)
     * @param fetchExternal download files on external storages from their public URL
     * @param workDir where downloads and copies are staged
     */
    public record Options(Path files, boolean link, boolean dryRun, boolean resume, boolean fetchExternal,
                          Path workDir, CheveretoSecrets secrets) {
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
        MediaImport media = new MediaImport(source, target, fileTarget, fetcher, options, clock, progress, report,
                new MediaImport.Owners(users, albums, categories), uploadFolder);
        media.run();
        if (!options.dryRun()) {
            target.finish(media.highestMediaId());
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
                .ifPresent(route -> report.setting("route-album", route));
        if (!uploadFolder.equals("images")) {
            report.note("files were served under /" + uploadFolder + "/; Vistazo serves them under /images/ "
                    + "(redirect /" + uploadFolder + "/ to /images/ in the reverse proxy)");
        }
        Optional<String> siteKey = source.setting("api_v1_key").filter(key -> !key.isBlank());
        if (siteKey.isPresent() && !generation.isV4()) {
            report.setting("guest-key", siteKey.get());
            report.note("the site-wide API key (api_v1_key) uploads as the guest: guest-key");
        } else if (siteKey.isPresent()) {
            report.setting("guest-key", options.secrets().reveal(siteKey.get(), "api_v1_key"));
            report.note("the 4.x guest API key (api_v1_key) is carried as guest-key; the old site accepted it only"
                    + " with CHEVERETO_ENABLE_API_GUEST set: leave the line out if guests could not upload there");
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
                report.note("user " + account.name() + " is banned: imported without password, its keys revoked");
            }
            if (account.isPrivate()) {
                report.note("user " + account.name() + " had a private profile: Vistazo has none, so its media "
                        + "outside private albums show in public listings (move them to a private album)");
            }
            if (hash == null && !isBanned) {
                report.note("user " + account.name() + " has no password (social login only): it cannot sign in "
                        + "on the web; its API keys still work");
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
}
