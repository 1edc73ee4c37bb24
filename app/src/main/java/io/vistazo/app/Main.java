package io.vistazo.app;

import io.vistazo.core.port.out.DependencyUnavailable;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar vistazo.jar [serve|user …|key …|category …|album …|check|help|version] [--flags]}. The words and
 * flags are checked before anything is created: help and version only print, and a mistake prints the usage.
 */
public final class Main {

    private static final String USAGE = String.join("\n",
            "Usage: java -jar vistazo.jar [command] [--setting value ...]",
            "",
            "Commands:",
            "  serve                      start the server (default)",
            "  user add NAME [--role admin|user] [--password P|-]",
            "                             create a user; without --password one is generated and printed,",
            "                             with --password - it is read from standard input",
            "  user list                  list users and their roles",
            "  user remove NAME [--delete-media]",
            "                             remove a user with its keys and albums (media kept unless asked)",
            "  key create --user NAME [--name LABEL]",
            "                             print a new API key for the user (shown only once)",
            "  key list --user NAME       list the user's keys (masked as chv_<id>_***)",
            "  key revoke ID              revoke a key by its id as listed (chv_<id>_*** or <id>)",
            "  category add NAME --key URLKEY [--description D]",
            "                             create a category; uploads name it by the printed category_id",
            "  category list              list categories (id, url key, name)",
            "  category remove URLKEY     remove a category (its media are kept)",
            "  album add NAME --user NAME [--privacy public|private|unlisted] [--description D]",
            "                             create an album; uploads name it by the printed album_id",
            "  album list --user NAME     list the user's albums",
            "  check [--repair]           compare rows with files: orphan files, rows without their file,",
            "                             missing thumbs; --repair removes, deletes and renders again",
            "  migrate database --to JDBC_URL [--user U] [--password-file F] [--resume]",
            "                             copy every row of the SQLite database to an empty PostgreSQL one",
            "  migrate storage --to s3 [--resume]",
            "                             copy every file of images/ to the bucket of the s3-* settings and",
            "                             verify each (SHA-256); --resume finishes an earlier run; never",
            "                             deletes the local files",
            "  import chevereto --from JDBC_URL --user U --password-file F --files DIR [--prefix chv_]",
            "                 [--link] [--encryption-key-file F] [--fetch-external] [--dry-run] [--resume]",
            "                             move a Chevereto site (its MySQL/MariaDB database and images/",
            "                             folder) into this fresh site, keeping every link, password and key",
            "  help, --help, -h           show this text",
            "  version, --version         print the version",
            "",
            "Common settings (also VISTAZO_<NAME> environment variables or --config FILE):",
            "  --port 8080  --data ./vistazo-data  --public-url URL  --engine jetty|jdk",
            "See README.md for the full list.");

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        int status = run(Arrays.asList(args), System.getenv(), System.in, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** The whole command line, as {@link #main} runs it; returns the exit status. */
    static int run(List<String> args, Map<String, String> env, InputStream in, PrintStream out, PrintStream err)
            throws InterruptedException {
        List<String> words = new ArrayList<>();
        Map<String, String> flags = Settings.parseFlags(args, words);
        if (words.equals(List.of("help")) || words.equals(List.of("-h")) || flags.containsKey("help")) {
            out.println(USAGE);
            return 0;
        }
        if (words.equals(List.of("version")) || flags.containsKey("version")) {
            out.println("vistazo " + version());
            return 0;
        }
        try {
            Settings settings = Settings.load(flags, env);
            Optional<String> mistake = mistake(words, settings);
            if (mistake.isPresent()) {
                err.println("vistazo: " + mistake.get() + "\n\n" + USAGE);
                return 2;
            }
            return run(words, settings, in, out);
        } catch (IllegalArgumentException e) {
            err.println("vistazo: " + e.getMessage());
            return 2;
        } catch (DependencyUnavailable e) {
            err.println("vistazo: " + e.getMessage());
            return 1;
        }
    }

    /** An unknown command or flag; every setting is read (and checked) on the way, nothing is created. */
    static Optional<String> mistake(List<String> words, Settings settings) {
        String command = String.join(" ", words);
        Set<String> options;
        if (words.isEmpty() || command.equals("serve")) {
            options = Set.of();
        } else if (command.equals("check")) {
            options = CheckCommand.OPTIONS;
        } else if (command.equals("migrate database")) {
            options = MigrateDatabaseCommand.OPTIONS;
        } else if (command.equals("migrate storage")) {
            options = MigrateStorageCommand.OPTIONS;
        } else if (command.equals("import chevereto")) {
            options = ImportCheveretoCommand.OPTIONS;
        } else if (AdminCommands.handles(words)) {
            options = AdminCommands.OPTIONS;
        } else {
            return Optional.of("unknown command '" + command + "'");
        }
        VistazoConfig.from(settings);
        Set<String> unknown = settings.flagsNotAskedFor();
        unknown.removeAll(options);
        unknown.remove("config");
        return unknown.stream().findFirst().map(flag -> "unknown option '--" + flag + "'");
    }

    /** The project version the build wrote into {@code version.properties}. */
    static String version() {
        Properties properties = new Properties();
        try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version", "(unknown version)");
    }

    static int run(List<String> words, Settings settings, PrintStream out) throws InterruptedException {
        return run(words, settings, System.in, out);
    }

    static int run(List<String> words, Settings settings, InputStream in, PrintStream out)
            throws InterruptedException {
        String command = words.isEmpty() ? "serve" : String.join(" ", words);
        switch (command) {
            case "serve" -> serve(VistazoConfig.from(settings), out);
            case "check" -> {
                return CheckCommand.run(settings, out);
            }
            case "migrate database" -> {
                return MigrateDatabaseCommand.run(settings, out);
            }
            case "migrate storage" -> {
                return MigrateStorageCommand.run(settings, out);
            }
            case "import chevereto" -> {
                return ImportCheveretoCommand.run(settings, out);
            }
            default -> {
                if (AdminCommands.handles(words)) {
                    AdminCommands.run(words, settings, in, out);
                    return 0;
                }
                System.err.println("vistazo: unknown command '" + command + "'\n\n" + USAGE);
                return 2;
            }
        }
        return 0;
    }

    private static void serve(VistazoConfig config, PrintStream out) throws InterruptedException {
        Application server = Application.start(config);
        if (server.createdAdminKey() != null) {
            out.println("Created user 'admin'. Its API key, shown only this once:");
            out.println("  " + server.createdAdminKey());
        }
        out.println("Vistazo is ready at " + server.baseUrl() + " (data: " + config.dataDir() + ")");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "vistazo-shutdown"));
        stopped.await();
    }
}
