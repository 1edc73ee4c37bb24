package io.vistazo.app;

import io.vistazo.core.port.out.DependencyUnavailable;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/** {@code java -jar vistazo.jar [serve|user …|key …|category …|album …|help] [--flags]}. */
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
            "  help                       show this text",
            "",
            "Common settings (also VISTAZO_<NAME> environment variables or --config FILE):",
            "  --port 8080  --data ./vistazo-data  --public-url URL  --engine jetty|jdk",
            "See README.md for the full list.");

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        List<String> words = new ArrayList<>();
        Map<String, String> flags = Settings.parseFlags(Arrays.asList(args), words);
        try {
            int status = run(words, Settings.load(flags, System.getenv()), System.in, System.out);
            if (status != 0) {
                System.exit(status);
            }
        } catch (IllegalArgumentException e) {
            System.err.println("vistazo: " + e.getMessage());
            System.exit(2);
        } catch (DependencyUnavailable e) {
            System.err.println("vistazo: " + e.getMessage());
            System.exit(1);
        }
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
                return MigrateCommand.run(settings, out);
            }
            case "migrate storage" -> {
                return MigrateStorageCommand.run(settings, out);
            }
            case "help", "--help" -> out.println(USAGE);
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
