package io.vistazo.app.chevereto;

import at.favre.lib.crypto.bcrypt.BCrypt;
import io.vistazo.core.text.IdCodec;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.ChaCha20ParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import javax.imageio.ImageIO;

/**
 * A Chevereto site for the import tests: a database on the test MariaDB built from this project's schema files,
 * with rows whose passwords and keys are known, and its upload folder with real files. Every storage mode, a
 * video with its frame (4.1+ schemas), a private, an unlisted and a password album, an expired image, a row whose
 * file is missing, one on an external storage and one awaiting moderation.
 */
public final class CheveretoSite {

    /** The three schema generations the tests build. */
    public enum Flavor {
        V4_2("v4.2.sql", "4.2.3", "chv_", 999, "Xq3LmT8z"),
        V4_0("v4.0.sql", "4.0.12", "chv_", 5000, "a81f02cd"),
        FREE("v3-free.sql", "1.6.2", "cf_", 5000, "5e0d44b1");

        final String schema;
        final String version;
        final String prefix;
        final long padding;
        final String salt;

        Flavor(String schema, String version, String prefix, long padding, String salt) {
            this.schema = schema;
            this.version = version;
            this.prefix = prefix;
            this.padding = padding;
            this.salt = salt;
        }

        public boolean isV4() {
            return this != FREE;
        }

        public boolean hasVideo() {
            return this == V4_2;
        }

        public String prefix() {
            return prefix;
        }
    }

    public static final String ADMIN = "boss";
    public static final String ADMIN_PASSWORD = "boss-password-1";
    public static final String USER = "alice";
    public static final String USER_PASSWORD = "alice-pässword-3";
    public static final String BANNED = "mallory";
    public static final String BANNED_PASSWORD = "mallory-password-4";
    /** The route the 4.0 site renamed its viewer to. */
    public static final String RENAMED_IMAGE_ROUTE = "picture";
    public static final String RENAMED_ALBUM_ROUTE = "coleccion";
    /** The 4.2 site's CHEVERETO_ENCRYPTION_KEY: base64 of 32 bytes. */
    public static final String ENCRYPTION_KEY = Base64.getEncoder().encodeToString(
            "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));

    public static final long FOX = 1;
    public static final long PIXEL = 2;
    public static final long ANIMATION = 3;
    public static final long PATH_MODE = 4;
    public static final long HIDDEN = 5;
    public static final long EXPIRED = 6;
    public static final long MISSING = 7;
    public static final long CLIP = 8;
    public static final long LOCKED = 9;
    public static final long REMOTE = 10;
    public static final long UNAPPROVED = 11;
    public static final long PUBLIC_ALBUM = 1;
    public static final long PRIVATE_ALBUM = 2;
    public static final long PASSWORD_ALBUM = 3;
    public static final long UNLISTED_ALBUM = 4;

    public final Flavor flavor;
    public final String url;
    public final Path files;
    public final IdCodec codec;
    /** The 4.x API key of {@link #USER} (key id 7), null for Free. */
    public final String userKey;
    /** The site-wide key of Free, the guest key of 4.x. */
    public final String siteKey;
    /** Key (under the upload folder) to bytes, of every file the site has. */
    public final Map<String, byte[]> fileBytes = new LinkedHashMap<>();
    /** Key (under the external storage's URL) to bytes, of the files on the external storage. */
    public final Map<String, byte[]> externalBytes = new LinkedHashMap<>();
    /** Image id to the key of its main file. */
    public final Map<Long, String> mainKeys = new LinkedHashMap<>();

    private CheveretoSite(Flavor flavor, String url, Path files) {
        this.flavor = flavor;
        this.url = url;
        this.files = files;
        this.codec = new IdCodec(flavor.salt, flavor.padding);
        this.userKey = flavor.isV4() ? "chv_" + codec.encode(7) + "_" + "5d2e".repeat(32) : null;
        this.siteKey = flavor.isV4() ? "f".repeat(64) : "0123456789abcdef0123456789abcdef";
    }

    /** Builds the site in a new database on the server and in {@code root/images}. */
    public static CheveretoSite build(MariaDbServer server, Flavor flavor, Path root) {
        try {
            CheveretoSite site = new CheveretoSite(flavor, server.newDatabase(), root.resolve("images"));
            server.runScript(site.url, resource(flavor.schema).replace("%PREFIX%", flavor.prefix));
            try (Connection connection = MariaDbServer.connect(site.url)) {
                site.fill(connection);
            }
            return site;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String encoded(long id) {
        return codec.encode(id);
    }

    private void fill(Connection db) throws SQLException, IOException {
        settings(db);
        users(db);
        insert(db, "categories", "category_id, category_name, category_url_key, category_description",
                1, "Nature", "nature", "Plants and animals");
        album(db, PUBLIC_ALBUM, "Trips", "public", null);
        album(db, PRIVATE_ALBUM, "Secret", "private", null);
        album(db, PASSWORD_ALBUM, "Locked", "password", "open sesame");
        album(db, UNLISTED_ALBUM, "Unlisted", "private_but_link", null);
        insert(db, "storages", "storage_id, storage_api_id, storage_name, storage_url, storage_is_active",
                1, 1, "bucket", "https://cdn.example.invalid/chevereto", 1);
        images(db);
    }

    private void settings(Connection db) throws SQLException {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("chevereto_version_installed", flavor == Flavor.V4_2 ? "4.1.4" : flavor.version);
        values.put("crypt_salt", flavor == Flavor.V4_2 ? "stale000" : flavor.salt);
        values.put("id_padding", Long.toString(flavor == Flavor.V4_2 ? 5000 : flavor.padding));
        values.put("upload_image_path", "images");
        values.put("route_image", flavor == Flavor.V4_0 ? RENAMED_IMAGE_ROUTE : "image");
        values.put("route_album", flavor == Flavor.V4_0 ? RENAMED_ALBUM_ROUTE : "album");
        values.put("api_v1_key", flavor == Flavor.V4_2 ? encrypted(siteKey) : siteKey);
        for (Map.Entry<String, String> setting : values.entrySet()) {
            insert(db, "settings", "setting_name, setting_value", setting.getKey(), setting.getValue());
        }
        if (flavor == Flavor.V4_2) {
            // 4.2 moved these to variables and left the settings rows stale (the importer must read variables).
            insert(db, "variables", "variable_name, variable_value, variable_type, variable_datetime_utc",
                    "chevereto_version_installed", flavor.version, "string", "2024-11-01 00:00:00");
            insert(db, "variables", "variable_name, variable_value, variable_type, variable_datetime_utc",
                    "crypt_salt", flavor.salt, "string", "2024-11-01 00:00:00");
            insert(db, "variables", "variable_name, variable_value, variable_type, variable_datetime_utc",
                    "id_padding", Long.toString(flavor.padding), "int", "2024-11-01 00:00:00");
        }
    }

    /**
     * The 4.2 site keeps its secrets encrypted under {@link #ENCRYPTION_KEY}, as Chevereto 4 does with
     * {@code CHEVERETO_ENCRYPTION_KEY}: base64(nonce ‖ ChaCha20 ciphertext), key stream from block 0.
     */
    private static String encrypted(String plain) {
        byte[] nonce = "vistazo-test".getBytes(StandardCharsets.US_ASCII);
        try {
            Cipher cipher = Cipher.getInstance("ChaCha20");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(Base64.getDecoder().decode(ENCRYPTION_KEY),
                    "ChaCha20"), new ChaCha20ParameterSpec(nonce, 0));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.US_ASCII));
            byte[] stored = new byte[nonce.length + sealed.length];
            System.arraycopy(nonce, 0, stored, 0, nonce.length);
            System.arraycopy(sealed, 0, stored, nonce.length, sealed.length);
            return Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the site keeps its secrets encrypted (and the import needs {@code --encryption-key-file}). */
    public boolean encryptsSecrets() {
        return flavor == Flavor.V4_2;
    }

    private void users(Connection db) throws SQLException {
        user(db, 1, ADMIN, "admin", ADMIN_PASSWORD);
        user(db, 2, "helper", "manager", "helper-password-2");
        user(db, 3, USER, "user", USER_PASSWORD);
        user(db, 4, BANNED, "banned", BANNED_PASSWORD);
        if (flavor.isV4()) {
            insert(db, "api_keys", "api_key_id, api_key_name, api_key_user_id, api_key_date_gmt, api_key_hash",
                    7, "PicGo", 3, "2024-01-02 03:04:05", phpBcrypt(userKey));
            insert(db, "api_keys", "api_key_id, api_key_name, api_key_user_id, api_key_date_gmt, api_key_hash",
                    8, "old", 4, "2024-01-02 03:04:05", phpBcrypt("chv_" + codec.encode(8) + "_" + "0".repeat(128)));
        }
    }

    private void user(Connection db, long id, String name, String role, String password) throws SQLException {
        String columns = "user_id, user_date, user_date_gmt, user_username, user_email, user_name, user_status, "
                + "user_is_admin, user_is_private" + (flavor.isV4() ? ", user_is_manager" : "");
        Object[] values = {id, "2020-01-01 10:00:00", "2020-01-01 09:00:00", name, name + "@example.org",
                name.toUpperCase(), role.equals("banned") ? "banned" : "valid", role.equals("admin") ? 1 : 0,
                name.equals(USER) ? 1 : 0};
        if (flavor.isV4()) {
            values = Arrays.copyOf(values, values.length + 1);
            values[values.length - 1] = role.equals("manager") ? 1 : 0;
        }
        insert(db, "users", columns, values);
        if (flavor.isV4()) {
            insert(db, "login_passwords", "login_password_user_id, login_password_date_gmt, login_password_hash",
                    id, "2020-01-01 09:00:00", phpBcrypt(password));
        } else {
            insert(db, "logins", "login_user_id, login_type, login_date, login_date_gmt, login_secret",
                    id, "password", "2020-01-01 10:00:00", "2020-01-01 09:00:00", phpBcrypt(password));
        }
    }

    private void album(Connection db, long id, String name, String privacy, String password) throws SQLException {
        insert(db, "albums", "album_id, album_name, album_user_id, album_date, album_date_gmt, album_privacy, "
                + "album_password, album_description", id, name, 3, "2021-01-01 00:00:00", "2021-01-01 00:00:00",
                privacy, password, name + " album");
    }

    private void images(Connection db) throws SQLException, IOException {
        // Local date 2021-06-30, UTC already 2021-07-01: the folder follows the local date.
        image(db, new Row(FOX, "fox", "jpg", "2021-06-30 23:30:00", "2021-07-01 03:30:00", "datefolder", null, 3L,
                PUBLIC_ALBUM, jpeg(800, 600, Color.ORANGE)).titled("Red fox").withThumb().withMedium());
        image(db, new Row(PIXEL, "pixel", "png", "2022-02-02 12:00:00", "2022-02-02 12:00:00", "direct", null, null,
                null, png(40, 30)).withThumb());
        image(db, new Row(ANIMATION, "anim", "gif", "2010-05-05 05:05:05", "2010-05-05 05:05:05", "old", null, 1L,
                null, gif(60, 60)));
        image(db, new Row(PATH_MODE, "pathy", "jpg", "2015-01-01 00:00:00", "2015-01-01 00:00:00", "path",
                "/var/www/html/images/imported/batch1/", 1L, null, jpeg(120, 90, Color.BLUE)).withThumb());
        image(db, new Row(HIDDEN, "hidden", "jpg", "2023-03-03 03:03:03", "2023-03-03 03:03:03", "datefolder", null,
                3L, PRIVATE_ALBUM, jpeg(100, 100, Color.RED)).withThumb());
        image(db, new Row(EXPIRED, "gone", "jpg", "2019-01-01 00:00:00", "2019-01-01 00:00:00", "datefolder", null,
                3L, null, jpeg(50, 50, Color.GRAY)).withThumb().expiring("2020-01-01 00:00:00"));
        image(db, new Row(MISSING, "missing", "jpg", "2019-02-02 00:00:00", "2019-02-02 00:00:00", "datefolder",
                null, 3L, null, jpeg(50, 50, Color.PINK)).withoutFile());
        if (flavor.hasVideo()) {
            image(db, new Row(CLIP, "clip", "mp4", "2024-04-04 04:04:04", "2024-04-04 04:04:04", "datefolder", null,
                    3L, PUBLIC_ALBUM, resource("/fixtures/sample.mp4".substring(1), true)).withThumb().withFrame());
        }
        image(db, new Row(LOCKED, "locked", "jpg", "2023-05-05 05:05:05", "2023-05-05 05:05:05", "datefolder", null,
                3L, PASSWORD_ALBUM, jpeg(64, 64, Color.GREEN)).withThumb());
        image(db, new Row(REMOTE, "remote", "jpg", "2023-06-06 06:06:06", "2023-06-06 06:06:06", "datefolder", null,
                3L, null, jpeg(64, 64, Color.CYAN)).onStorage(1));
        image(db, new Row(UNAPPROVED, "waiting", "jpg", "2023-07-07 07:07:07", "2023-07-07 07:07:07", "datefolder",
                null, 3L, null, jpeg(64, 64, Color.MAGENTA)).unapproved());
        if (flavor == Flavor.V4_2) {
            insert(db, "tags", "tag_id, tag_name, tag_date_gmt", 1, "fox", "2024-01-01 00:00:00");
            insert(db, "tags", "tag_id, tag_name, tag_date_gmt", 2, "wild", "2024-01-01 00:00:00");
            insert(db, "tags_files", "tag_file_tag_id, tag_file_file_id", 1, FOX);
            insert(db, "tags_files", "tag_file_tag_id, tag_file_file_id", 2, FOX);
        }
    }

    private void image(Connection db, Row row) throws SQLException, IOException {
        String folder = switch (row.mode) {
            case "direct" -> "";
            case "old" -> "old/";
            case "path" -> "imported/batch1/";
            default -> row.date.substring(0, 10).replace('-', '/') + "/";
        };
        String key = folder + row.name + "." + row.extension;
        mainKeys.put(row.id, key);
        String derivativeExtension = row.extension.equals("mp4") ? "jpeg" : row.extension;
        if (row.storage != null) {
            externalBytes.put(key, row.bytes);
        }
        if (row.hasFile) {
            write(key, row.bytes);
            if (row.thumb) {
                write(folder + row.name + ".th." + derivativeExtension, jpeg(32, 24, Color.YELLOW));
            }
            if (row.medium) {
                write(folder + row.name + ".md." + derivativeExtension, jpeg(500, 375, Color.ORANGE.darker()));
            }
            if (row.frame) {
                write(folder + row.name + ".fr." + derivativeExtension, jpeg(320, 240, Color.DARK_GRAY));
            }
        }
        StringBuilder columns = new StringBuilder("image_id, image_name, image_extension, image_size, image_width, "
                + "image_height, image_date, image_date_gmt, image_title, image_description, image_nsfw, "
                + "image_user_id, image_album_id, image_uploader_ip, image_storage_mode, image_path, "
                + "image_storage_id, image_md5, image_original_filename, image_views, image_category_id, image_chain, "
                + "image_thumb_size, image_likes, image_expiration_date_gmt, image_is_approved");
        List<Object> values = new java.util.ArrayList<>(List.of(row.id, row.name, row.extension,
                row.bytes.length, 640, 480, row.date, row.dateGmt));
        values.addAll(Arrays.asList(row.title, "About " + row.name, row.id == PIXEL ? 1 : 0, row.user, row.album,
                "203.0.113.7", row.mode, row.path, row.storage, md5(row.bytes), row.name + "-original."
                        + row.extension, 40 + row.id, row.id == FOX ? 1 : null, 7, 100, 3, row.expires,
                row.approved ? 1 : 0));
        insert(db, "images", columns.toString(), values.toArray());
    }

    private void write(String key, byte[] bytes) throws IOException {
        Path file = files.resolve(key);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        fileBytes.put(key, bytes);
    }

    private void insert(Connection db, String table, String columns, Object... values) throws SQLException {
        String marks = String.join(", ", java.util.Collections.nCopies(values.length, "?"));
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO " + flavor.prefix + table + " (" + columns
                + ") VALUES (" + marks + ")")) {
            for (int i = 0; i < values.length; i++) {
                insert.setObject(i + 1, values[i]);
            }
            insert.executeUpdate();
        }
    }

    /**
     * PHP's {@code password_hash}: bcrypt with {@code $2y$}, the secret's first 72 bytes (BcryptHashesTest checks
     * the library against libxcrypt's hashes). Cost 4 keeps the tests fast.
     */
    static String phpBcrypt(String secret) {
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        byte[] hash = bytes.length < 72 ? BCrypt.with(BCrypt.Version.VERSION_2Y).hash(4, bytes)
                : BCrypt.with(BCrypt.Version.VERSION_2Y_NO_NULL_TERMINATOR).hash(4, Arrays.copyOf(bytes, 72));
        return new String(hash, StandardCharsets.US_ASCII);
    }

    public static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] jpeg(int width, int height, Color color) {
        return image(width, height, color, "jpg", BufferedImage.TYPE_INT_RGB);
    }

    static byte[] png(int width, int height) {
        return image(width, height, Color.WHITE, "png", BufferedImage.TYPE_INT_ARGB);
    }

    static byte[] gif(int width, int height) {
        return image(width, height, Color.BLACK, "gif", BufferedImage.TYPE_BYTE_INDEXED);
    }

    private static byte[] image(int width, int height, Color color, String format, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.drawLine(0, 0, width - 1, height - 1);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String resource(String name) {
        return new String(resource("chevereto/" + name, true), StandardCharsets.UTF_8);
    }

    private static byte[] resource(String name, boolean binary) {
        try (InputStream in = CheveretoSite.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One images row and what the site has on disk for it. */
    private static final class Row {
        final long id;
        final String name;
        final String extension;
        final String date;
        final String dateGmt;
        final String mode;
        final String path;
        final Long user;
        final Long album;
        final byte[] bytes;
        String title;
        boolean thumb;
        boolean medium;
        boolean frame;
        boolean hasFile = true;
        boolean approved = true;
        String expires;
        Integer storage;

        Row(long id, String name, String extension, String date, String dateGmt, String mode, String path, Long user,
            Long album, byte[] bytes) {
            this.id = id;
            this.name = name;
            this.extension = extension;
            this.date = date;
            this.dateGmt = dateGmt;
            this.mode = mode;
            this.path = path;
            this.user = user;
            this.album = album;
            this.bytes = bytes;
        }

        Row titled(String text) {
            title = text;
            return this;
        }

        Row withThumb() {
            thumb = true;
            return this;
        }

        Row withMedium() {
            medium = true;
            return this;
        }

        Row withFrame() {
            frame = true;
            return this;
        }

        Row withoutFile() {
            hasFile = false;
            return this;
        }

        Row expiring(String gmt) {
            expires = gmt;
            return this;
        }

        Row onStorage(int storageId) {
            storage = storageId;
            hasFile = false;
            return this;
        }

        Row unapproved() {
            approved = false;
            return this;
        }
    }
}
