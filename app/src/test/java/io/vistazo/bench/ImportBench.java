package io.vistazo.bench;

import io.vistazo.app.Main;
import io.vistazo.app.chevereto.CheveretoSite;
import io.vistazo.app.chevereto.MariaDbServer;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The import benchmark (not a test): generates a Chevereto 4.2 site of {@code bench.images} images (10,000 by
 * default; a 1024×768 JPEG with its thumb and medium each, in date folders over a year) on a throw-away MariaDB,
 * then runs {@code vistazo import chevereto} into a fresh data folder and prints images per second. Run it with
 * {@code ./mvnw -B -DskipTests -Pimport-bench -pl app -am verify}.
 */
public final class ImportBench {

    private static final DateTimeFormatter SQL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private ImportBench() {
    }

    public static void main(String[] args) throws Exception {
        int images = Integer.getInteger("bench.images", 10_000);
        Path root = Files.createTempDirectory("vistazo-import-bench");
        Path files = root.resolve("images");
        MariaDbServer server = MariaDbServer.shared();
        String url = server.newDatabase();
        server.runScript(url, schema().replace("%PREFIX%", "chv_"));
        long generating = System.nanoTime();
        generate(url, files, images);
        System.out.printf("generated %d images (%d files) in %.1f s%n", images, images * 3,
                (System.nanoTime() - generating) / 1e9);
        Path password = root.resolve("password");
        Files.writeString(password, "none\n");
        long started = System.nanoTime();
        Main.main(new String[] {"import", "chevereto", "--from", url, "--user", "root", "--password-file",
                password.toString(), "--files", files.toString(), "--data", root.resolve("data").toString()});
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("import chevereto: %d images with thumb and medium copied in %.1f s: %.0f images/s"
                        + " (%d cores, %s, Java %s)%n", images, seconds, images / seconds,
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.arch"),
                System.getProperty("java.version"));
    }

    private static void generate(String url, Path files, int images) throws IOException, SQLException {
        byte[] main = CheveretoSite.jpeg(1024, 768, Color.ORANGE);
        byte[] thumb = CheveretoSite.jpeg(160, 120, Color.ORANGE);
        byte[] medium = CheveretoSite.jpeg(500, 375, Color.ORANGE);
        String md5 = CheveretoSite.md5(main);
        LocalDateTime first = LocalDateTime.of(2023, 1, 1, 12, 0);
        try (Connection db = MariaDbServer.connect(url)) {
            settings(db);
            db.setAutoCommit(false);
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO chv_images (image_id, image_name, "
                    + "image_extension, image_size, image_width, image_height, image_date, image_date_gmt, "
                    + "image_title, image_storage_mode, image_md5, image_original_filename, image_chain, "
                    + "image_thumb_size, image_medium_size) VALUES (?, ?, 'jpg', ?, 1024, 768, ?, ?, ?, "
                    + "'datefolder', ?, ?, 7, ?, ?)")) {
                for (int id = 1; id <= images; id++) {
                    LocalDateTime date = first.plusMinutes(id * 53L);
                    String name = "photo-" + id;
                    String folder = date.toLocalDate().toString().replace('-', '/') + "/";
                    write(files.resolve(folder + name + ".jpg"), main);
                    write(files.resolve(folder + name + ".th.jpg"), thumb);
                    write(files.resolve(folder + name + ".md.jpg"), medium);
                    insert.setLong(1, id);
                    insert.setString(2, name);
                    insert.setLong(3, main.length);
                    insert.setString(4, SQL_TIME.format(date));
                    insert.setString(5, SQL_TIME.format(date));
                    insert.setString(6, "Photo " + id);
                    insert.setString(7, md5);
                    insert.setString(8, name + ".jpg");
                    insert.setLong(9, thumb.length);
                    insert.setLong(10, medium.length);
                    insert.addBatch();
                    if (id % 1000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            db.commit();
        }
    }

    private static void settings(Connection db) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute("INSERT INTO chv_variables (variable_name, variable_value, variable_type, "
                    + "variable_datetime_utc) VALUES ('chevereto_version_installed', '4.2.3', 'string', NOW()), "
                    + "('crypt_salt', 'Bench123', 'string', NOW()), ('id_padding', '999', 'int', NOW())");
            statement.execute("INSERT INTO chv_settings (setting_name, setting_value) VALUES "
                    + "('chevereto_version_installed', '4.2.3'), ('upload_image_path', 'images')");
        }
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    private static String schema() throws IOException {
        try (InputStream in = ImportBench.class.getClassLoader().getResourceAsStream("chevereto/v4.2.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
