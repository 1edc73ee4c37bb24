package io.vistazo.app;

import io.vistazo.core.domain.ApiKey;
import io.vistazo.core.domain.User;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/** {@code java -jar vistazo.jar [serve|key create|key list|help] [--flags]}. */
public final class Main {

    private static final String USAGE = String.join("\n",
            "Usage: java -jar vistazo.jar [command] [--setting value ...]",
            "",
            "Commands:",
            "  serve                      start the server (default)",
            "  key create --user NAME     print a new API key for the user",
            "  key list --user NAME       list the user's keys (masked)",
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
            int status = run(words, Settings.load(flags, System.getenv()), System.out);
            if (status != 0) {
                System.exit(status);
            }
        } catch (IllegalArgumentException e) {
            System.err.println("vistazo: " + e.getMessage());
            System.exit(2);
        }
    }

    static int run(List<String> words, Settings settings, PrintStream out) throws InterruptedException {
        String command = words.isEmpty() ? "serve" : String.join(" ", words);
        switch (command) {
            case "serve" -> serve(VistazoConfig.from(settings), out);
            case "key create" -> withUser(settings, (wiring, user) ->
                    out.println(wiring.authenticator().issue(user, settings.get("name", "cli"))));
            case "key list" -> withUser(settings, (wiring, user) -> {
                for (ApiKey key : wiring.keys().listByUser(user.id())) {
                    out.println(wiring.authenticator().masked(key) + "  " + key.name()
                            + (key.revoked() ? "  (revoked)" : ""));
                }
            });
            case "help", "--help" -> out.println(USAGE);
            default -> {
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

    /** A CLI action on one existing user. */
    private interface UserAction {
        void run(Wiring wiring, User user);
    }

    private static void withUser(Settings settings, UserAction action) {
        String name = settings.get("user").orElseThrow(() -> new IllegalArgumentException("--user NAME is required"));
        try (Wiring wiring = Wiring.open(VistazoConfig.from(settings))) {
            User user = wiring.users().findByName(name)
                    .orElseThrow(() -> new IllegalArgumentException("no user named " + name));
            action.run(wiring, user);
        }
    }
}
